"""`dondoc demo`: the whole product offline — emulator, real bot, real scheduler, simulated clock."""
