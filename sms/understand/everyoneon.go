package understand

// everyoneOn are words for everyone that, right before "on", say where
// people are ("everyone on the minibus", "everyones on the coach"), with
// no "is" between: not that the sender is on the job.
var everyoneOn = set("everyone", "everybody", "everyones", "everybodys")
