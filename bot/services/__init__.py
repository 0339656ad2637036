"""Chat flows that do not depend on python-telegram-bot: each takes the caller and arguments, runs
one transaction through `storage`, and returns an `Outcome` (texts and neutral buttons) that a
transport renders. The Telegram handlers use them today; a Zalo transport will run the same flows."""
