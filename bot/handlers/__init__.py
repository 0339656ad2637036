"""python-telegram-bot handlers, one module per feature. Each reads the update, runs a flow from
`bot.services` off the event loop, and renders its `Outcome` (see `common`)."""
