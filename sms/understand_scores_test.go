package sms_test

import (
	"context"
	"net/http"
	"regexp"
	"strings"
	"testing"

	"github.com/clubnight/clubnight/night"
	"github.com/clubnight/clubnight/phone"
	"github.com/clubnight/clubnight/sms"
	"github.com/clubnight/clubnight/sms/understand"
	"github.com/clubnight/clubnight/sms/understand/corpus"
)

// scoredCorpora are the texts whose scores must not fall: the shared and
// dev corpora on the sample night, and nights of our own (other names,
// other jobs, names that are words, similar names, taxi firms). right is
// the least share done exactly right; wrong the most share that may change
// the night wrongly, which is none on every set.
var scoredCorpora = []struct {
	name, plan, texts string
	right, wrong      float64
}{
	{"shared", "../testdata/night.json", "../testdata/sms-corpus.tsv", 1.00, 0},
	{"dev", "../testdata/night.json", "../testdata/sms-corpus-dev.tsv", 0.95, 0},
	{"halloween", "../testdata/nights/halloween.json", "../testdata/nights/halloween.tsv", 0.97, 0},
	{"garden", "../testdata/nights/garden.json", "../testdata/nights/garden.tsv", 0.95, 0},
	// Written after the rules were changed, and measured first (91.6%);
	// looked at while the rules were made general since.
	{"bonfire", "../testdata/nights/bonfire.json", "../testdata/nights/bonfire.tsv", 0.95, 0},
	// Written before any change and measured first (87.5% right, 2.9%
	// wrong); the rules were then made general while looking at it.
	{"quiz", "../testdata/nights/quiz.json", "../testdata/nights/quiz.tsv", 0.95, 0},
	// Written before any change and never tuned against: only measured,
	// before (90.5% right, 1.6% wrong) and after (96.8%, none wrong).
	{"disco", "../testdata/nights/disco.json", "../testdata/nights/disco.tsv", 0.95, 0},
	// Written after the rules were changed and measured first (91.8%
	// right, one wrong: "ill hoover after the bingo" raised unwell); the
	// rules behind its wrong and two of its misses were made general since.
	{"bingo", "../testdata/nights/bingo.json", "../testdata/nights/bingo.tsv", 0.95, 0},
	// Written without reading the rules or their tests and measured first
	// (89.4% right, one wrong: "Everyone is on their rides, all gone home
	// safe" started the rides job); only the cause of that wrong was made
	// general since (89.4% right, none wrong). Its misses are left as
	// they were, so it stays a fair, nearly unseen measure. Later, general
	// rules for kinds of its misses (a silent first letter, "fild", "down"
	// said last, arriving in the car park, a taxi firm that "can not do" a
	// guest, all-clear news of a job's state, "-ite" spelt for "-ight")
	// took it to 96.8%. (Reading an unknown word after "cant find" as a
	// missing guest was tried and taken out: "cant find sellotape" would
	// text the team about a missing person.)
	{"talent", "../testdata/nights/talent.json", "../testdata/nights/talent.tsv", 0.96, 0},
	// Written by the integrator, unseen by the rules, and measured first:
	// karaoke 87/2/9/2/3 of 103 (84.5% right, 2.9% wrong), sports 93/2/7/2/4
	// of 108 (86.1%, 3.7% wrong). General rules for the kinds of their
	// wrongs ("over by the stage", "knocked a cup of squash over", "someone
	// will slip", "knows where the first aid box is", a cab that drove off
	// without a guest) were made since. The last wrong on each went on
	// 2026-11-30: words of arriving inside a job's name ("sign in table")
	// and "put" told as news.
	{"karaoke", "../testdata/nights/karaoke.json", "../testdata/nights/karaoke.tsv", 0.93, 0},
	{"sports", "../testdata/nights/sports.json", "../testdata/nights/sports.tsv", 0.96, 0},
	// Written later by the integrator and measured first on the merged
	// rules: games 93/1/3/1/5 of 103 (90.3% right, 4.9% wrong), pamper
	// 90/1/8/2/2 of 103 (87.4%, 1.9% wrong). Games' wrongs (a late bus,
	// "everyone signed in", "should be here at 7", "lost at bowling", who
	// looks after lost property) were made into general rules. Pamper was
	// kept as first read until 2026-11-30, when its two wrongs (a job's own
	// verb "folded" read as the close, "the wet towels" read as a spill)
	// were made general.
	// Written the same day, unseen, and measured first: cinema 89/1/8/2/8
	// of 108 (82.4% right, 7.4% wrong), ceilidh 87/1/6/3/3 of 100 (87.0%,
	// 3.0% wrong). Tuned on by rules for problem kinds, jobs and arrivals.
	{"cinema", "../testdata/nights/cinema.json", "../testdata/nights/cinema.tsv", 0.97, 0},
	{"ceilidh", "../testdata/nights/ceilidh.json", "../testdata/nights/ceilidh.tsv", 0.98, 0},
	{"games", "../testdata/nights/games.json", "../testdata/nights/games.tsv", 0.93, 0},
	{"pamper", "../testdata/nights/pamper.json", "../testdata/nights/pamper.tsv", 0.94, 0},
	// Written on 2026-11-30 by helpers who had not read the rules, and
	// measured first (right, wrong): bbq 86.9%, 2.8%; xmas 90.3%, 1.0%; gig
	// 85.6%, 2.9%; circus 91.3%, 1.9%; then pyjama 86.9%, 2.8% and seaside
	// 88.3%, 2.9% on that day's later rules. Tuned on since, with general
	// rules only.
	{"bbq", "../testdata/nights/bbq.json", "../testdata/nights/bbq.tsv", 0.95, 0},
	{"xmas", "../testdata/nights/xmas.json", "../testdata/nights/xmas.tsv", 0.95, 0},
	{"gig", "../testdata/nights/gig.json", "../testdata/nights/gig.tsv", 0.91, 0},
	{"circus", "../testdata/nights/circus.json", "../testdata/nights/circus.tsv", 0.95, 0},
	{"pyjama", "../testdata/nights/pyjama.json", "../testdata/nights/pyjama.tsv", 0.90, 0},
	{"seaside", "../testdata/nights/seaside.json", "../testdata/nights/seaside.tsv", 0.90, 0},
	// Written the same day and kept unseen for a while, then tuned on for
	// their wrongs: luau 89.2% right, 2.7% wrong, diwali 86.8%, 2.6% at
	// first reading.
	{"luau", "../testdata/nights/luau.json", "../testdata/nights/luau.tsv", 0.91, 0},
	{"diwali", "../testdata/nights/diwali.json", "../testdata/nights/diwali.tsv", 0.90, 0},
	// Written by helpers who never read the rules, first read and then
	// tuned on in the next session.
	{"rollerdisco", "../testdata/nights/rollerdisco.json", "../testdata/nights/rollerdisco.tsv", 0.95, 0},
	{"mystery", "../testdata/nights/mystery.json", "../testdata/nights/mystery.tsv", 0.95, 0},
	{"linedance", "../testdata/nights/linedance.json", "../testdata/nights/linedance.tsv", 0.95, 0},
	{"pirates", "../testdata/nights/pirates.json", "../testdata/nights/pirates.tsv", 0.94, 0},
	{"awards", "../testdata/nights/awards.json", "../testdata/nights/awards.tsv", 0.92, 0},
	{"campfire", "../testdata/nights/campfire.json", "../testdata/nights/campfire.tsv", 0.92, 0},
	{"bowling", "../testdata/nights/bowling.json", "../testdata/nights/bowling.tsv", 0.90, 0},
	// Written on 1 Dec 2026 by helpers who never read the rules, first read
	// (right, wrong): foodfest 92.5%, 0.9%; spring 94.2%, 1.0%; fairground
	// 93.1%, 0; winterball 91.6%, 1.9%; tvgameshow 90.9%, 3.0%. Tuned on
	// since, with general rules only.
	{"foodfest", "../testdata/nights/foodfest.json", "../testdata/nights/foodfest.tsv", 0.97, 0},
	{"spring", "../testdata/nights/spring.json", "../testdata/nights/spring.tsv", 0.97, 0},
	{"fairground", "../testdata/nights/fairground.json", "../testdata/nights/fairground.tsv", 0.95, 0},
	{"winterball", "../testdata/nights/winterball.json", "../testdata/nights/winterball.tsv", 0.93, 0},
	{"tvgameshow", "../testdata/nights/tvgameshow.json", "../testdata/nights/tvgameshow.tsv", 0.95, 0},
	// Written on 1 Dec 2026 (a second time) by helpers who never read the
	// rules, first read 565 of 638 right and 20 wrong together; tuned on
	// since. The held-out nights written beside them stay out of main.
	{"hollywood", "../testdata/nights/hollywood.json", "../testdata/nights/hollywood.tsv", 0.91, 0},
	{"lunarnewyear", "../testdata/nights/lunarnewyear.json", "../testdata/nights/lunarnewyear.tsv", 0.93, 0.01},
	{"barndance", "../testdata/nights/barndance.json", "../testdata/nights/barndance.tsv", 0.93, 0},
	{"diner", "../testdata/nights/diner.json", "../testdata/nights/diner.tsv", 0.92, 0.01},
	{"stpatricks", "../testdata/nights/stpatricks.json", "../testdata/nights/stpatricks.tsv", 0.95, 0},
	{"holidaycamp", "../testdata/nights/holidaycamp.json", "../testdata/nights/holidaycamp.tsv", 0.92, 0},
	// Written on 1 Dec 2026 (a third time) under the same brief, first read
	// (right, wrong): masquerade 88.7%, 1.9%; wildwest 94.3%, 0.9%;
	// superheroes 94.3%, 1.9%. Tuned on since with general rules; the
	// learned model is trained on them too, so they are no longer a measure.
	{"masquerade", "../testdata/nights/masquerade.json", "../testdata/nights/masquerade.tsv", 0.97, 0},
	{"wildwest", "../testdata/nights/wildwest.json", "../testdata/nights/wildwest.tsv", 0.97, 0},
	{"superheroes", "../testdata/nights/superheroes.json", "../testdata/nights/superheroes.tsv", 0.97, 0}, // Held out and measured on 30 Nov and 1 Dec 2026 (ho: bakeoff to
	// medieval, 567 of 638 right and 18 wrong at first read; ho2:
	// eurovision, undersea and space, 295 of 320 and 8), or written on 1 Dec
	// as nights to learn from (robots, madhatter, fifties, castaway: 2 wrong
	// of 425 at first read). Tuned on since with general rules; the late
	// taxis of ho follow the corpus (a taxi late is a taxi problem).
	{"bakeoff", "../testdata/nights/bakeoff.json", "../testdata/nights/bakeoff.tsv", 0.96, 0},
	{"fashion", "../testdata/nights/fashion.json", "../testdata/nights/fashion.tsv", 0.90, 0},
	{"festival", "../testdata/nights/festival.json", "../testdata/nights/festival.tsv", 0.92, 0.01},
	{"jungle", "../testdata/nights/jungle.json", "../testdata/nights/jungle.tsv", 0.95, 0},
	{"magic", "../testdata/nights/magic.json", "../testdata/nights/magic.tsv", 0.92, 0},
	{"medieval", "../testdata/nights/medieval.json", "../testdata/nights/medieval.tsv", 0.96, 0},
	{"eurovision", "../testdata/nights/eurovision.json", "../testdata/nights/eurovision.tsv", 0.99, 0},
	{"undersea", "../testdata/nights/undersea.json", "../testdata/nights/undersea.tsv", 0.98, 0},
	{"spacedisco", "../testdata/nights/spacedisco.json", "../testdata/nights/spacedisco.tsv", 0.93, 0.01},
	{"robots", "../testdata/nights/robots.json", "../testdata/nights/robots.tsv", 0.91, 0.01},
	{"madhatter", "../testdata/nights/madhatter.json", "../testdata/nights/madhatter.tsv", 0.95, 0},
	{"fifties", "../testdata/nights/fifties.json", "../testdata/nights/fifties.tsv", 0.91, 0},
	{"castaway", "../testdata/nights/castaway.json", "../testdata/nights/castaway.tsv", 0.96, 0},
	// Written on 1 Dec 2026 as nights to learn from (wizards, mardigras,
	// icecream, dinosaurs): 4 wrong of 424 and 93.4% right at first read.
	{"wizards", "../testdata/nights/wizards.json", "../testdata/nights/wizards.tsv", 0.96, 0},
	{"mardigras", "../testdata/nights/mardigras.json", "../testdata/nights/mardigras.tsv", 0.93, 0},
	{"icecream", "../testdata/nights/icecream.json", "../testdata/nights/icecream.tsv", 0.95, 0},
	{"dinosaurs", "../testdata/nights/dinosaurs.json", "../testdata/nights/dinosaurs.tsv", 0.93, 0},
	// Written on 1 Dec 2026 as nights to learn from (olympics, rainbow,
	// musicals, safari): 5 wrong of 424 and 95.8% right at first read.
	{"olympics", "../testdata/nights/olympics.json", "../testdata/nights/olympics.tsv", 0.98, 0},
	{"rainbow", "../testdata/nights/rainbow.json", "../testdata/nights/rainbow.tsv", 0.96, 0},
	{"musicals", "../testdata/nights/musicals.json", "../testdata/nights/musicals.tsv", 0.96, 0},
	{"safari", "../testdata/nights/safari.json", "../testdata/nights/safari.tsv", 0.97, 0.01},
	// Held out on 1 Dec 2026 and measured twice, at the start and the end
	// of that stop (arcade, carnival, chocolate, sixties: 392 then 394 of
	// 424 right, 8 wrong both times); tuned on since.
	{"arcade", "../testdata/nights/arcade.json", "../testdata/nights/arcade.tsv", 0.91, 0.01},
	{"carnival", "../testdata/nights/carnival.json", "../testdata/nights/carnival.tsv", 0.95, 0},
	{"chocolate", "../testdata/nights/chocolate.json", "../testdata/nights/chocolate.tsv", 0.95, 0},
	{"sixties", "../testdata/nights/sixties.json", "../testdata/nights/sixties.tsv", 0.94, 0},
	// Held out on 1 Dec 2026 and read once by the code of the end of that
	// stop (rockband, moviestars, winterfair, sportsaward: 403 of 424 right,
	// 6 wrong); tuned on since.
	{"rockband", "../testdata/nights/rockband.json", "../testdata/nights/rockband.tsv", 0.95, 0.02},
	{"moviestars", "../testdata/nights/moviestars.json", "../testdata/nights/moviestars.tsv", 0.98, 0},
	{"winterfair", "../testdata/nights/winterfair.json", "../testdata/nights/winterfair.tsv", 0.96, 0},
	{"sportsaward", "../testdata/nights/sportsaward.json", "../testdata/nights/sportsaward.tsv", 0.94, 0},
	// Held out on 1 Dec 2026 (a later stop) and read once by the code at
	// its start (eighties, fairytale, harvest, romans: 402 of 426 right, 5
	// wrong); tuned on since.
	{"eighties", "../testdata/nights/eighties.json", "../testdata/nights/eighties.tsv", 0.97, 0},
	{"fairytale", "../testdata/nights/fairytale.json", "../testdata/nights/fairytale.tsv", 0.96, 0},
	{"harvest", "../testdata/nights/harvest.json", "../testdata/nights/harvest.tsv", 0.94, 0},
	{"romans", "../testdata/nights/romans.json", "../testdata/nights/romans.tsv", 0.98, 0},
	// Held out in the same stop and read once after its first fixes
	// (beachparty, boatparty, panto, superstars: 397 of 425 right, 10
	// wrong); tuned on since.
	{"beachparty", "../testdata/nights/beachparty.json", "../testdata/nights/beachparty.tsv", 0.99, 0},
	{"boatparty", "../testdata/nights/boatparty.json", "../testdata/nights/boatparty.tsv", 0.96, 0.01},
	{"panto", "../testdata/nights/panto.json", "../testdata/nights/panto.tsv", 0.94, 0},
	{"superstars", "../testdata/nights/superstars.json", "../testdata/nights/superstars.tsv", 0.95, 0},
	// Held out in the same stop and read once by the code at badddce
	// (oscars, toga, farmyard, spooky: 396 of 424 right, 4 wrong); tuned
	// on since.
	{"oscars", "../testdata/nights/oscars.json", "../testdata/nights/oscars.tsv", 0.93, 0.01},
	{"toga", "../testdata/nights/toga.json", "../testdata/nights/toga.tsv", 0.94, 0},
	{"farmyard", "../testdata/nights/farmyard.json", "../testdata/nights/farmyard.tsv", 0.97, 0},
	{"spooky", "../testdata/nights/spooky.json", "../testdata/nights/spooky.tsv", 0.97, 0},
	// Held out in the same stop and read once by its final rules (gameshow,
	// country, snowball, tropical: 400 of 427 right, 5 wrong); two of the
	// wrongs were mended after that read.
	{"gameshow", "../testdata/nights/gameshow.json", "../testdata/nights/gameshow.tsv", 0.95, 0},
	{"country", "../testdata/nights/country.json", "../testdata/nights/country.tsv", 0.92, 0},
	{"snowball", "../testdata/nights/snowball.json", "../testdata/nights/snowball.tsv", 0.97, 0},
	{"tropical", "../testdata/nights/tropical.json", "../testdata/nights/tropical.tsv", 0.91, 0},
	// Held out and read once by the rules at the start of the next stop
	// (bollywood, glowparty, twenties, valentines: 395 of 425 right, 4
	// wrong); the rules were made general while looking at them since.
	{"bollywood", "../testdata/nights/bollywood.json", "../testdata/nights/bollywood.tsv", 0.94, 0},
	{"glowparty", "../testdata/nights/glowparty.json", "../testdata/nights/glowparty.tsv", 0.95, 0},
	{"twenties", "../testdata/nights/twenties.json", "../testdata/nights/twenties.tsv", 0.96, 0.01},
	{"valentines", "../testdata/nights/valentines.json", "../testdata/nights/valentines.tsv", 0.99, 0},
	// Held out and read once by the rules at the start of the same stop
	// (dogshow, fiesta, pancakes, vikings: 415 of 424 right, none wrong);
	// looked at since.
	{"dogshow", "../testdata/nights/dogshow.json", "../testdata/nights/dogshow.tsv", 0.99, 0},
	{"fiesta", "../testdata/nights/fiesta.json", "../testdata/nights/fiesta.tsv", 0.99, 0},
	{"pancakes", "../testdata/nights/pancakes.json", "../testdata/nights/pancakes.tsv", 0.99, 0},
	{"vikings", "../testdata/nights/vikings.json", "../testdata/nights/vikings.tsv", 0.98, 0},
	// Held out and read once mid-stop, by the rules that made bollywood,
	// glowparty, twenties and valentines tuned (japan, motown, sciencelab,
	// streetparty: 412 of 425 right, none wrong); looked at since.
	{"japan", "../testdata/nights/japan.json", "../testdata/nights/japan.tsv", 0.99, 0},
	{"motown", "../testdata/nights/motown.json", "../testdata/nights/motown.tsv", 0.98, 0},
	{"sciencelab", "../testdata/nights/sciencelab.json", "../testdata/nights/sciencelab.tsv", 0.99, 0},
	{"streetparty", "../testdata/nights/streetparty.json", "../testdata/nights/streetparty.tsv", 0.95, 0},
	// Held out and read once by the rules at the end of the same stop
	// (beatles, steampunk, teadance, zombies: 398 of 424 right, 6 wrong;
	// the rules at its start read 396, 7 wrong); three of the wrongs (fake
	// blood, a blood punch, a locked door got round) were mended after.
	{"beatles", "../testdata/nights/beatles.json", "../testdata/nights/beatles.tsv", 0.98, 0},
	{"steampunk", "../testdata/nights/steampunk.json", "../testdata/nights/steampunk.tsv", 0.94, 0.01},
	{"teadance", "../testdata/nights/teadance.json", "../testdata/nights/teadance.tsv", 0.93, 0.01},
	{"zombies", "../testdata/nights/zombies.json", "../testdata/nights/zombies.tsv", 0.93, 0},
	// Held out and read once by the rules at the start of the next stop
	// (ninja, puppets, bubbles, kpop: 399 of 425 right, 8 wrong); looked
	// at since.
	{"ninja", "../testdata/nights/ninja.json", "../testdata/nights/ninja.tsv", 0.98, 0},
	{"puppets", "../testdata/nights/puppets.json", "../testdata/nights/puppets.tsv", 0.93, 0},
	{"bubbles", "../testdata/nights/bubbles.json", "../testdata/nights/bubbles.tsv", 0.96, 0},
	{"kpop", "../testdata/nights/kpop.json", "../testdata/nights/kpop.tsv", 0.97, 0},
	// Held out and read once mid-stop, by the rules that made ninja,
	// puppets, bubbles and kpop tuned (minigolf, flowershow, lasertag,
	// rodeo: 404 of 425 right, 7 wrong; the rules at the start of the stop
	// read 405, 7 wrong); looked at since.
	{"minigolf", "../testdata/nights/minigolf.json", "../testdata/nights/minigolf.tsv", 0.97, 0},
	{"flowershow", "../testdata/nights/flowershow.json", "../testdata/nights/flowershow.tsv", 0.97, 0},
	{"lasertag", "../testdata/nights/lasertag.json", "../testdata/nights/lasertag.tsv", 0.98, 0},
	{"rodeo", "../testdata/nights/rodeo.json", "../testdata/nights/rodeo.tsv", 0.93, 0},
	// Held out and read once late in the same stop, by the rules that
	// made minigolf, flowershow, lasertag and rodeo tuned (wrestling,
	// pottery, trampoline, candyfloss: 405 of 424 right, 4 wrong; the
	// rules at the start of the stop read 404, 4 wrong); looked at since.
	{"wrestling", "../testdata/nights/wrestling.json", "../testdata/nights/wrestling.tsv", 0.97, 0},
	{"pottery", "../testdata/nights/pottery.json", "../testdata/nights/pottery.tsv", 0.94, 0},
	{"trampoline", "../testdata/nights/trampoline.json", "../testdata/nights/trampoline.tsv", 0.94, 0},
	{"candyfloss", "../testdata/nights/candyfloss.json", "../testdata/nights/candyfloss.tsv", 0.96, 0.01},
	// Held out and read twice, by the rules at the start of the same stop
	// and by the rules that made wrestling, pottery, trampoline and
	// candyfloss tuned (aliens, artparty, carboot, silentdisco: 402 of 424
	// right, 8 wrong both times); looked at since.
	{"aliens", "../testdata/nights/aliens.json", "../testdata/nights/aliens.tsv", 0.98, 0},
	{"artparty", "../testdata/nights/artparty.json", "../testdata/nights/artparty.tsv", 0.92, 0.01},
	{"carboot", "../testdata/nights/carboot.json", "../testdata/nights/carboot.tsv", 0.97, 0.02},
	{"silentdisco", "../testdata/nights/silentdisco.json", "../testdata/nights/silentdisco.tsv", 0.91, 0.01},
	// Held out and read once at the end of the stop that wrote them (football,
	// lego, mocktails, reggae: 411 of 425 right, 2 wrong), read again by the
	// same rules at the start of the next stop (the same); looked at since.
	{"football", "../testdata/nights/football.json", "../testdata/nights/football.tsv", 0.97, 0},
	{"lego", "../testdata/nights/lego.json", "../testdata/nights/lego.tsv", 0.97, 0},
	{"mocktails", "../testdata/nights/mocktails.json", "../testdata/nights/mocktails.tsv", 0.98, 0},
	{"reggae", "../testdata/nights/reggae.json", "../testdata/nights/reggae.tsv", 0.98, 0},
	// Held out and read once, by the rules that mended the four nights above
	// (mermaids, dragons, jazz, cookery: 402 of 424 right, 7 wrong); looked
	// at since.
	{"mermaids", "../testdata/nights/mermaids.json", "../testdata/nights/mermaids.tsv", 0.97, 0},
	{"dragons", "../testdata/nights/dragons.json", "../testdata/nights/dragons.tsv", 0.96, 0},
	{"jazz", "../testdata/nights/jazz.json", "../testdata/nights/jazz.tsv", 0.98, 0},
	{"cookery", "../testdata/nights/cookery.json", "../testdata/nights/cookery.tsv", 0.92, 0},
	// Held out and read once, by the same rules as the four above (woodland,
	// sweetshop, motorsport, hiphop: 400 of 425 right, 7 wrong); looked at
	// since.
	{"woodland", "../testdata/nights/woodland.json", "../testdata/nights/woodland.tsv", 0.95, 0},
	{"sweetshop", "../testdata/nights/sweetshop.json", "../testdata/nights/sweetshop.tsv", 0.96, 0},
	{"motorsport", "../testdata/nights/motorsport.json", "../testdata/nights/motorsport.tsv", 0.96, 0},
	{"hiphop", "../testdata/nights/hiphop.json", "../testdata/nights/hiphop.tsv", 0.94, 0},
	// Held out and read once, by the rules that mended rounds F and G
	// (ballet, skatepark, prom, trains: 405 of 427 right, 6 wrong); looked
	// at since.
	{"ballet", "../testdata/nights/ballet.json", "../testdata/nights/ballet.tsv", 0.95, 0},
	{"skatepark", "../testdata/nights/skatepark.json", "../testdata/nights/skatepark.tsv", 0.94, 0},
	{"prom", "../testdata/nights/prom.json", "../testdata/nights/prom.tsv", 0.97, 0},
	{"trains", "../testdata/nights/trains.json", "../testdata/nights/trains.tsv", 0.97, 0},
	// Held out and read once, by the rules that mended the four above
	// (wildlife, baking, stars, hawaii: 409 of 425 right, 3 wrong); looked
	// at since.
	{"wildlife", "../testdata/nights/wildlife.json", "../testdata/nights/wildlife.tsv", 0.95, 0},
	{"baking", "../testdata/nights/baking.json", "../testdata/nights/baking.tsv", 0.95, 0},
	{"stars", "../testdata/nights/stars.json", "../testdata/nights/stars.tsv", 0.99, 0},
	{"hawaii", "../testdata/nights/hawaii.json", "../testdata/nights/hawaii.tsv", 0.98, 0},
	// Held out and read once, by the rules that mended the eight above
	// (ballroom, gymnastics, boardgames, cheerleading: 409 of 424 right, 1
	// wrong); looked at since.
	{"ballroom", "../testdata/nights/ballroom.json", "../testdata/nights/ballroom.tsv", 0.98, 0},
	{"gymnastics", "../testdata/nights/gymnastics.json", "../testdata/nights/gymnastics.tsv", 0.95, 0.01},
	{"boardgames", "../testdata/nights/boardgames.json", "../testdata/nights/boardgames.tsv", 0.94, 0},
	{"cheerleading", "../testdata/nights/cheerleading.json", "../testdata/nights/cheerleading.tsv", 0.98, 0},
	// Held out and read once, by the rules at the end of the stop that
	// wrote them (vintage, magicshow, sportsday, space: 410 of 425 right, 2
	// wrong; the rules at the start of that stop read 411, 2 wrong);
	// looked at since.
	{"vintage", "../testdata/nights/vintage.json", "../testdata/nights/vintage.tsv", 0.96, 0},
	{"magicshow", "../testdata/nights/magicshow.json", "../testdata/nights/magicshow.tsv", 0.97, 0},
	{"sportsday", "../testdata/nights/sportsday.json", "../testdata/nights/sportsday.tsv", 0.98, 0},
	{"space", "../testdata/nights/space.json", "../testdata/nights/space.tsv", 0.96, 0},
	// Held out and read once at the start of the stop that wrote them, by the rules
	// of the stop before (knitting, tennis, pizza, orchestra: 404 of 424 right, 3
	// wrong; with the second look, 403 and 1); looked at since.
	{"knitting", "../testdata/nights/knitting.json", "../testdata/nights/knitting.tsv", 0.98, 0},
	{"tennis", "../testdata/nights/tennis.json", "../testdata/nights/tennis.tsv", 0.94, 0},
	{"pizza", "../testdata/nights/pizza.json", "../testdata/nights/pizza.tsv", 0.96, 0},
	{"orchestra", "../testdata/nights/orchestra.json", "../testdata/nights/orchestra.tsv", 0.94, 0},
	// Held out and read once with the four above (cycling, monsters, radio,
	// egypt: 405 of 424 right, 6 wrong; with the second look, 404 and 4);
	// looked at since.
	{"cycling", "../testdata/nights/cycling.json", "../testdata/nights/cycling.tsv", 0.91, 0.01},
	{"monsters", "../testdata/nights/monsters.json", "../testdata/nights/monsters.tsv", 0.98, 0},
	{"radio", "../testdata/nights/radio.json", "../testdata/nights/radio.tsv", 0.96, 0},
	{"egypt", "../testdata/nights/egypt.json", "../testdata/nights/egypt.tsv", 0.95, 0},
	// Held out and read once after the second look was written, by the rules
	// of the stop before and by the second look (fishing, royal, basketball,
	// drumming: 406 of 424 right, 1 wrong; with the second look, 406 and 0);
	// looked at since.
	{"fishing", "../testdata/nights/fishing.json", "../testdata/nights/fishing.tsv", 0.93, 0},
	{"royal", "../testdata/nights/royal.json", "../testdata/nights/royal.tsv", 0.96, 0},
	{"basketball", "../testdata/nights/basketball.json", "../testdata/nights/basketball.tsv", 0.97, 0},
	{"drumming", "../testdata/nights/drumming.json", "../testdata/nights/drumming.tsv", 0.94, 0},
	// Held out and read once with the four above (photography, allotment,
	// skilodge, picnic: 409 of 425 right, 4 wrong, with or without the
	// second look); looked at since.
	{"photography", "../testdata/nights/photography.json", "../testdata/nights/photography.tsv", 0.97, 0},
	{"allotment", "../testdata/nights/allotment.json", "../testdata/nights/allotment.tsv", 0.96, 0},
	{"skilodge", "../testdata/nights/skilodge.json", "../testdata/nights/skilodge.tsv", 0.95, 0},
	{"picnic", "../testdata/nights/picnic.json", "../testdata/nights/picnic.tsv", 0.96, 0.01},
	// Held out and read once each (rounds P and Q: birthday, climbing,
	// comedy, cricket, firestation, holi, orchard, wedding, 810 of 850
	// right, 6 wrong; rounds R and S: choir, escape, iceskating, museum,
	// newyear, poetry, swimming, zoo, 790 of 848 right, 20 wrong), then
	// looked at and the rules mended. The learned model is not trained on
	// them (testdata/untrained), so its part is still measured on nights
	// it never saw.
	{"birthday", "../testdata/untrained/birthday.json", "../testdata/untrained/birthday.tsv", 0.94, 0},
	{"choir", "../testdata/untrained/choir.json", "../testdata/untrained/choir.tsv", 0.97, 0.01},
	{"climbing", "../testdata/untrained/climbing.json", "../testdata/untrained/climbing.tsv", 0.95, 0},
	{"comedy", "../testdata/untrained/comedy.json", "../testdata/untrained/comedy.tsv", 0.95, 0},
	{"cricket", "../testdata/untrained/cricket.json", "../testdata/untrained/cricket.tsv", 0.95, 0},
	{"escape", "../testdata/untrained/escape.json", "../testdata/untrained/escape.tsv", 0.94, 0},
	{"firestation", "../testdata/untrained/firestation.json", "../testdata/untrained/firestation.tsv", 0.94, 0.01},
	{"holi", "../testdata/untrained/holi.json", "../testdata/untrained/holi.tsv", 0.97, 0},
	{"iceskating", "../testdata/untrained/iceskating.json", "../testdata/untrained/iceskating.tsv", 0.96, 0.01},
	{"museum", "../testdata/untrained/museum.json", "../testdata/untrained/museum.tsv", 0.93, 0},
	{"newyear", "../testdata/untrained/newyear.json", "../testdata/untrained/newyear.tsv", 0.97, 0},
	{"orchard", "../testdata/untrained/orchard.json", "../testdata/untrained/orchard.tsv", 0.95, 0},
	{"poetry", "../testdata/untrained/poetry.json", "../testdata/untrained/poetry.tsv", 0.95, 0},
	{"swimming", "../testdata/untrained/swimming.json", "../testdata/untrained/swimming.tsv", 0.92, 0},
	{"wedding", "../testdata/untrained/wedding.json", "../testdata/untrained/wedding.tsv", 0.95, 0},
	{"zoo", "../testdata/untrained/zoo.json", "../testdata/untrained/zoo.tsv", 0.93, 0},
	// Round T, held out and read once by the rules at the start of this
	// stop (archery, casino, craftfair, esports, greek, pubgames, rugby,
	// treasurehunt: 799 of 848 right, 12 wrong) and by the rules after the
	// R and S mends (805 right, 12 wrong), then looked at.
	{"archery", "../testdata/untrained/archery.json", "../testdata/untrained/archery.tsv", 0.94, 0.01},
	{"casino", "../testdata/untrained/casino.json", "../testdata/untrained/casino.tsv", 0.89, 0.02},
	{"craftfair", "../testdata/untrained/craftfair.json", "../testdata/untrained/craftfair.tsv", 0.93, 0.01},
	{"esports", "../testdata/untrained/esports.json", "../testdata/untrained/esports.tsv", 0.95, 0.01},
	{"greek", "../testdata/untrained/greek.json", "../testdata/untrained/greek.tsv", 0.98, 0},
	{"pubgames", "../testdata/untrained/pubgames.json", "../testdata/untrained/pubgames.tsv", 0.94, 0.01},
	{"rugby", "../testdata/untrained/rugby.json", "../testdata/untrained/rugby.tsv", 0.97, 0.01},
	{"treasurehunt", "../testdata/untrained/treasurehunt.json", "../testdata/untrained/treasurehunt.tsv", 0.93, 0.01},
	// Round U, held out in the stop before and read by totals only at its
	// end (811 of 848 right, 14 wrong), read again by the rules at the start
	// of the later stop of 2 December (the same), and with the second look that
	// doubts jobs and tears (811 right, 5 wrong), then looked at.
	{"auction", "../testdata/untrained/auction.json", "../testdata/untrained/auction.tsv", 0.96, 0.01},
	{"bandstand", "../testdata/untrained/bandstand.json", "../testdata/untrained/bandstand.tsv", 0.96, 0.01},
	{"curry", "../testdata/untrained/curry.json", "../testdata/untrained/curry.tsv", 0.93, 0.01},
	{"fancydress", "../testdata/untrained/fancydress.json", "../testdata/untrained/fancydress.tsv", 0.96, 0.01},
	{"fete", "../testdata/untrained/fete.json", "../testdata/untrained/fete.tsv", 0.96, 0},
	{"musicvideo", "../testdata/untrained/musicvideo.json", "../testdata/untrained/musicvideo.tsv", 0.94, 0},
	{"steelband", "../testdata/untrained/steelband.json", "../testdata/untrained/steelband.tsv", 0.95, 0.01},
	{"storytelling", "../testdata/untrained/storytelling.json", "../testdata/untrained/storytelling.tsv", 0.97, 0},
	// Round V, written in the later stop of 2 December and read by totals only
	// by the rules at its start (818 of 848 right, 9 wrong) and after the
	// second look learned to doubt jobs and tears (818 right, 6 wrong),
	// then looked at.
	{"lighthouse", "../testdata/untrained/lighthouse.json", "../testdata/untrained/lighthouse.tsv", 0.95, 0.01},
	{"carwash", "../testdata/untrained/carwash.json", "../testdata/untrained/carwash.tsv", 0.93, 0.01},
	{"planetarium", "../testdata/untrained/planetarium.json", "../testdata/untrained/planetarium.tsv", 1.00, 0},
	{"tapas", "../testdata/untrained/tapas.json", "../testdata/untrained/tapas.tsv", 0.96, 0},
	{"barbershop", "../testdata/untrained/barbershop.json", "../testdata/untrained/barbershop.tsv", 0.95, 0.01},
	{"kites", "../testdata/untrained/kites.json", "../testdata/untrained/kites.tsv", 0.98, 0},
	{"pumpkin", "../testdata/untrained/pumpkin.json", "../testdata/untrained/pumpkin.tsv", 0.94, 0.01},
	{"marathon", "../testdata/untrained/marathon.json", "../testdata/untrained/marathon.tsv", 0.99, 0},
}

// TestWebhook_CorpusScores sends every text of each corpus through the
// real, signed webhook, each on a fresh night prepared as the text needs,
// judges what changed, and holds the scores to their floors. It also
// checks that `clubnight understand` (corpus.Run, without I/O) judges every
// text the same way, so the figures an organiser sees are the webhook's.
// It never reads the night through the HTTP API between texts.
func TestWebhook_CorpusScores(t *testing.T) {
	for _, c := range scoredCorpora {
		t.Run(c.name, func(t *testing.T) {
			plan, rows, err := corpus.Load(c.plan, c.texts)
			if err != nil {
				t.Fatal(err)
			}
			rdb := MiniRedis(t)
			var results []corpus.Result
			for _, row := range rows {
				e := NewEnv(t, EnvOptions{RDB: rdb, Token: "test-auth-token-123", Plan: plan})
				results = append(results, webhookRow(t, e, row))
			}
			tally := corpus.Count(results)
			var b strings.Builder
			_ = tally.Write(&b)
			t.Logf("%s through the webhook:\n%s", c.name, b.String())
			for _, r := range results {
				if r.Outcome != corpus.Right {
					t.Logf("%-9s %s %q: want %s: %s", r.Outcome, r.Row.From, r.Row.Text, r.Row.Expect, r.Detail)
				}
			}
			if got := tally.Rate("all", corpus.Right); got < c.right {
				t.Errorf("right %.3f, want at least %.3f", got, c.right)
			}
			if got := tally.Rate("all", corpus.Wrong); got > c.wrong {
				t.Errorf("wrong %.3f, want at most %.3f", got, c.wrong)
			}

			pure, err := corpus.Run(rows, night.NewNight(plan), understand.Context{Now: "19:30"})
			if err != nil {
				t.Fatal(err)
			}
			for i := range pure {
				if pure[i].Outcome != results[i].Outcome {
					t.Errorf("%s %q: the webhook says %s (%s), clubnight understand says %s (%s)", rows[i].From, rows[i].Text,
						results[i].Outcome, results[i].Detail, pure[i].Outcome, pure[i].Detail)
				}
			}
		})
	}
}

var (
	clockTime = regexp.MustCompile(`\b\d{1,2}:\d\d\b`)
	// jobsReply is the list of the sender's jobs (wording.Jobs);
	// jobStatusReply tells how one job stands ("Job 1 Roll out the red
	// carpet is not started yet"), an answer about the night.
	jobsReply      = regexp.MustCompile(`(?i)your jobs:|no jobs on the list|all your jobs are done`)
	jobStatusReply = regexp.MustCompile(`\bJob \d+ `)
)

// webhookRow prepares the night for row, sends its text through the
// signed webhook and judges the change.
func webhookRow(t *testing.T, e *Env, row corpus.Row) corpus.Result {
	t.Helper()
	ctx := context.Background()
	b := corpus.Setup(e.MustNight(), row)
	alert := ""
	for _, c := range b.Commands {
		if c.Type == night.CmdClaim && c.Problem == "" {
			c.Problem = alert
		}
		res := e.MustApply(c)
		if c.Type == night.CmdRaise && alert == "" {
			alert = res.Event.Problem.ID
		}
	}
	if b.AlertRaised {
		if err := e.SMS.RememberAlert(ctx, e.Night, row.From, alert); err != nil {
			t.Fatal(err)
		}
	}
	before := e.MustNight()
	p, _ := before.Person(row.From)
	from, err := phone.Normalise(p.Phone)
	if err != nil {
		t.Fatal(err)
	}
	inbox := mustInbox(t, e)
	res := e.Post(sms.InboundPath, TextForm(from, row.Text, NewSID()))
	if res.Status != http.StatusOK || len(res.Messages) != 1 {
		t.Fatalf("%q: status %d, %d messages: %s", row.Text, res.Status, len(res.Messages), res.Raw)
	}
	reply := res.Messages[0]
	CheckSMS(t, reply)
	after := e.MustNight()

	// What was said back, when nothing changed.
	said := understand.None
	switch {
	case e.SMS.Asked(ctx, e.Night, row.From):
		said = understand.Ask
	case mustInbox(t, e) > inbox:
		said = understand.Unknown
	case jobsReply.MatchString(reply):
		said = understand.Jobs
	case clockTime.MatchString(reply) || jobStatusReply.MatchString(reply):
		said = understand.Status
	}
	o, detail := corpus.Judge(row, before, after, alert, said)
	return corpus.Result{Row: row, Outcome: o, Detail: detail + "; replied " + reply}
}

func mustInbox(t *testing.T, e *Env) int {
	t.Helper()
	items, err := e.SMS.Inbox(context.Background(), e.Night)
	if err != nil {
		t.Fatal(err)
	}
	return len(items)
}
