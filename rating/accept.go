package rating

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/verdictnlp/verdict/internal/phrase"
	"github.com/verdictnlp/verdict/text"
)

func numberWord(w string) bool {
	switch w {
	case "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "1", "2", "3", "4", "5", "6", "7", "8", "9":
		return true
	}
	return false
}

// coordinated reports a grade joined by "and", "but" or a comma to an accepted grade
// shortly before it in the same clause: "graded weak for wellbeing and weak for
// leadership". A list of areas between the two counts as one word.
func coordinated(prev []cand, g phrase.Match, word *words, areas []phrase.Match) bool {
	if len(prev) == 0 {
		return false
	}
	last := prev[len(prev)-1].end()
	if gap(last, g.First, word, areas) > 12 {
		return false
	}
	j := g.First - 1
	if isQuote(word.at(j)) {
		j--
	}
	if w := word.at(j); w != "and" && w != "," && w != "but" && w != "or" {
		return false
	}
	for i := last; i < g.First; i++ {
		if clauseStop(word.at(i)) && word.at(i) != "but" {
			return false
		}
	}
	return true
}

// hasOverall reports scales that give an overall grade. A grade HMICFRS gives a whole
// force or fire service ("the force was told it requires improvement") is its overall
// grade, as coverage reports it, though the reports grade the pillars.
func hasOverall(s Scale) bool {
	switch s {
	case CareInspectorate, EducationScotland, CIW, HMIPrisons, OfstedReportCard, ISI:
		return false // ISI: the educational quality inspections' two outcomes, no overall
	}
	return true
}

// mentionsAreas reports a sentence that speaks of unnamed areas or categories.
func mentionsAreas(n int, word *words) bool {
	if allAreas(n, word) {
		return false
	}
	for i := 0; i < n; i++ {
		switch word.at(i) {
		case "areas", "area", "aspects", "categories", "questions", "themes", "judgements":
			return true
		}
	}
	return false
}

// Statistical reports a sentence of national statistics ("72% of providers were judged
// good"): its grades and inspectorates are no inspection of one body.
func Statistical(doc *text.Document, si int) bool {
	s := doc.Sentences()[si]
	var buf [64]string // most sentences' words: read without a copy on the heap
	word := sentenceWords(doc, s, buf[:0])
	return statistics(doc.WordIDs(s.First, s.Last), &word)
}

// statsOpeners holds, by text.WordID, every word one of statistics' cases reads first:
// statistics reads the text of no other word, so most sentences are turned away by
// their words' numbers, with no string compared.
var statsOpeners = func() text.WordSet {
	ws := []string{"%", "percent", "nationally", "proportion", "per", "half", "third", "quarter",
		"fifth", "majority", "minority", "thirds", "quarters", "one", "out"}
	for w := range statsWords {
		ws = append(ws, w)
	}
	return text.NewWordSet(ws)
}()

// statistics reports a sentence of national figures ("72% of providers are good"),
// read in its first len(ids) words, numbered ids.
func statistics(ids []text.WordID, word *words) bool {
	for i, id := range ids {
		if !statsOpeners.Has(id) {
			continue
		}
		w := word.at(i)
		switch {
		case w == "%" || w == "percent" || w == "nationally" || w == "proportion":
			return true
		case w == "per" && word.at(i+1) == "cent":
			return true
		case (w == "half" || w == "third" || w == "quarter" || w == "fifth" || w == "majority" || w == "minority" || w == "thirds" || w == "quarters") && word.at(i+1) == "of":
			return true // "nearly half of the services it looked at"
		case w == "one" && word.at(i+1) == "in" && numberWord(word.at(i+2)):
			return true
		case statsWords[w] && i > 0 && (numberWord(word.at(i-1)) || isDigits(word.at(i-1))) && !runs(word.at(i-2)) && !ownedBy(word.at(i-2)):
			return true
		case w == "out" && word.at(i+1) == "of" && isDigits(word.at(i+2)):
			return true
		}
	}
	return false
}

// ownedBy reports a possessive before a count: "its two hospitals" are the body's own,
// no statistic of many bodies.
func ownedBy(w string) bool { return w == "its" || w == "their" || w == "our" }

func isDigits(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// acceptGrade decides whether a grade phrase is used as a grade here.
func (f *finder) acceptGrade(gw, orig string, g phrase.Match, n int, word *words, tableRow bool) bool {
	before, after := word.at(g.First-1), word.at(g.Last)
	quoted := isQuote(before) && isQuote(after)
	if before == "than" {
		return false // "more harm than good"
	}
	switch gw {
	case "engage":
		// HMICFRS's Engage is a proper noun; the verb is not a grade.
		if orig != "Engage" {
			return false
		}
		return before == "into" || before == "in" || before == "from" || before == "of" || before == "'" || before == "\""
	case "special measures", "notice to improve":
		return true
	case "serious weaknesses":
		if after == "in" || after == "with" || after == "around" {
			return false
		}
		return f.cueBefore(g, word, 6)
	case "requires improvement":
		if orig == "RI" {
			return true
		}
		if word.at(g.First) == "ri" {
			return false
		}
	case "inadequate":
		if word.at(g.First) == "failing" {
			if after == "to" || after == "children" || after == "pupils" || after == "people" {
				return false
			}
			return f.cueBefore(g, word, 5) || after == "school" || after == "force" || after == "council" || after == "trust" || after == "prison" || after == "in"
		}
	case "met", "not met":
		// Only in "safeguarding: met" and the like, handled by the area rule.
		return tableRow || quoted || word.at(g.First-1) == ":" || word.at(g.First-1) == "was" || word.at(g.First-1) == "is"
	}
	if quoted || codedGrade(gw, g, word) {
		return true
	}
	if tableRow && (g.Last == n || isTrailing(word, g.Last, n) || labelled(g, word)) {
		return true
	}
	if nounsAfterIDs.Has(f.id(g.Last)) { // after, by number
		return true
	}
	multiWord := g.Last-g.First > 1
	if !multiWord && !okAfterIDs.Has(f.id(g.Last)) && after != "" && !isPunct(after) {
		return false
	}
	if f.cueBefore(g, word, 6) || inspectionLabel(g.First, word) || f.relational(g, word) {
		return true
	}
	// An area named right before: "care leavers requires improvement", "caring was good",
	// "its organisational delivery – which covers … – as requires improvement".
	i := skipBack(g.First-1, word)
	if f.areaEnding(i+1) >= 0 {
		return true
	}
	return false
}

// cueBefore reports a rating cue within max tokens before the grade, in its clause.
func (f *finder) cueBefore(g phrase.Match, word *words, max int) bool {
	seen := 0
	// The words are read by number alone; toldGrade reads the text around "told" only.
	for i := g.First - 1; i >= 0 && seen < max; i-- {
		id := f.id(i)
		if clauseStopIDs.Has(id) {
			return false
		}
		if ratingCueIDs.Has(id) || id == toldID && toldGrade(i, word) {
			return true
		}
		if !fillerIDs.Has(id) {
			seen++
		}
	}
	return false
}

// isTrailing reports that only symbols and punctuation follow token i.
func isTrailing(word *words, i, n int) bool {
	for ; i < n; i++ {
		w := word.at(i)
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

func isQuote(w string) bool { return w == "'" || w == "\"" }

func isPunct(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return w != "" && !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// negated reports a hypothetical or negation in the grade's clause before it, a modal
// after it in the same clause ("a school labelled outstanding may spend years …": a
// generic statement), or the idiom "for good".
func (f *finder) negated(g phrase.Match, n int, word *words) bool {
	if distanceFrom(g.First, word) {
		return true
	}
	if word.at(g.First-1) == "for" && word.at(g.First) == "good" && (g.Last == n || isPunct(word.at(g.Last))) {
		return true
	}
	// Both windows read words by number: text only for "may" (the month?) and
	// "where" (a plural before it?).
	for i := g.Last; i < n && i < g.Last+8; i++ {
		id := f.id(i)
		if clauseStopIDs.Has(id) || modalStopIDs.Has(id) || (f.gradeStarting(i) >= 0) {
			break
		}
		if id == mayID && !monthMay(i, word) || modalIDs.Has(id) && id != mayID {
			return true
		}
	}
	for i, k := g.First-1, 0; i >= 0 && k < 10; i, k = i-1, k+1 {
		id := f.id(i)
		if f.gradeEnding(i+1) >= 0 {
			// "whether the school is outstanding, good or otherwise": a grade in a list
			// shares the negation of the grade before it.
			for _, g0 := range f.grades {
				if g0.Last == i+1 && k <= 2 {
					return f.negated(g0, n, word)
				}
			}
			return false
		}
		if clauseStopIDs.Has(id) || id == commaID && k > 2 {
			return false
		}
		if id == whereID && pluralNoun(word.at(i-1)) {
			return true // "in some classes where X was judged weak": a subset, not a grade
		}
		if hypotheticalIDs.Has(id) && !(id == mayID && monthMay(i, word)) && !reportedDecision(i, word) && !regardWhether(i, word) && !notChanged(i, word) {
			// "not only", "no longer" handled alike: the grade is not this inspection's.
			return true
		}
	}
	return false
}

// pluralNoun reports a word that reads as a plural common noun: "lessons", "cases".
func pluralNoun(w string) bool {
	if len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "'s") {
		return false
	}
	switch w {
	case "this", "its", "has", "was", "does", "is", "thus", "plus", "always", "perhaps", "whereas":
		return false
	}
	return true
}

// reportedDecision reports "would" at i in reported speech of a decision: "Ofsted
// informed the trust it would place the academy in special measures" (a decision, not
// a hypothesis; "could" stays one, and so does
// "would" with a condition after it).
func reportedDecision(i int, word *words) bool {
	if word.at(i) != "would" {
		return false
	}
	for j := i + 1; j <= i+15 && !clauseStop(word.at(j)) && word.at(j) != ""; j++ {
		if word.at(j) == "if" || word.at(j) == "unless" {
			return false // "would be placed in special measures if …"
		}
	}
	for j := i - 1; j >= 0 && j >= i-12; j-- {
		switch word.at(j) {
		case "told", "informed", "announced", "confirmed", "notified":
			return true
		case "if", "unless", ",":
			return false
		}
	}
	return false
}

// monthMay reports "may" at i as the month: after a preposition or a period word ("in
// May", "last May", "early May") or before a day or year ("May 2024").
func monthMay(i int, word *words) bool {
	switch word.at(i - 1) {
	case "in", "since", "from", "until", "of", "during", "by", "last", "this", "next", "early", "late", "mid", "on", "and", "to":
		return true
	}
	return isDigits(word.at(i+1)) || isDigits(word.at(i-1))
}

// scaleList reports a sentence that lists a scale's grades ("graded on a five-point
// scale: outstanding, good, adequate, …", "key: 1 outstanding, 2 good, …"): three or
// more grades with only commas, "and" or "or" and grade numbers between.
func scaleList(gs []phrase.Match, word *words) bool {
	run := 1
	for k := 1; k < len(gs); k++ {
		only := true
		for i := gs[k-1].Last; i < gs[k].First; i++ {
			if w := word.at(i); w != "," && w != "and" && w != "or" && w != "'" && w != "\"" && !gradeNumber(w) {
				only = false
			}
		}
		if only {
			run++
			if run >= 3 {
				return true
			}
		} else {
			run = 1
		}
	}
	return false
}

// allAreas reports a grade given for every area ("weak in all areas it looked at",
// "good in each of the four areas", "across every key question"): it is the overall
// grade too. "All but one area" and "all areas except safety" are not.
func allAreas(n int, word *words) bool {
	for i := 0; i+1 < n; i++ {
		if w := word.at(i); w != "all" && w != "every" {
			continue
		}
		j := i + 1
		for j < n && j <= i+3 && (numberWord(word.at(j)) || word.at(j) == "the" || word.at(j) == "key" || word.at(j) == "of" || word.at(j) == "its") {
			j++
		}
		switch word.at(j) {
		case "areas", "area", "aspects", "aspect", "categories", "category", "questions", "question", "judgements", "judgement":
			return !excepting(word.at(j + 1)) // "all areas except safety" is not
		}
	}
	return false
}

// codedGrade reports a grade written with its number, as a report's table flattened to
// one line gives it: "Leadership and management Requires improvement 3 Quality of
// teaching Good 2". The number must be the grade's rank on Ofsted's four-point scale.
func codedGrade(gw string, g phrase.Match, word *words) bool {
	grade, ok := Lookup(Ofsted, gw)
	if !ok || grade.Rank() > 4 {
		return false
	}
	return word.at(g.Last) == string(rune('0'+grade.Rank()))
}

// labelled reports a page line that opens with a label and its grade, with link text
// after it: "Overall: Inadequate  find out what our ratings mean".
func labelled(g phrase.Match, word *words) bool {
	return g.First == 2 && word.at(1) == ":"
}

// runs reports a verb that gives a number of bodies as what one body runs, not as a
// statistic: "a trust that manages five sites".
func runs(w string) bool {
	switch w {
	case "runs", "run", "running", "operates", "operating", "manages", "managing", "oversees":
		return true
	}
	return false
}

// inspectionLabel reports a grade given under a label naming an inspection, with its
// date and a dash or colon between: "(Previous inspection June 2015 – Good)", "This
// inspection: 12 May 2019 – Requires improvement".
func inspectionLabel(first int, word *words) bool {
	i := first - 1
	if w := word.at(i); w != "-" && w != "–" && w != "—" && w != ":" {
		return false
	}
	for k := 0; k < 4 && i > 0 && (isDigits(word.at(i-1)) || monthWord(word.at(i-1)) || word.at(i-1) == ":" || word.at(i-1) == "/"); k++ {
		i--
	}
	if word.at(i-1) != "inspection" {
		return false
	}
	switch word.at(i - 2) {
	case "previous", "latest", "this", "current":
		return true // not "last": on a provider's page the last inspection is the latest
	}
	return false
}

// monthWord reports a month's name.
func monthWord(w string) bool {
	switch w {
	case "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december":
		return true
	}
	return false
}

// distanceFrom reports a grade given as a distance, not reached: "one step from
// 'outstanding'", "a long way from good".
func distanceFrom(first int, word *words) bool {
	i := first - 1
	if isQuote(word.at(i)) {
		i--
	}
	if word.at(i) != "from" {
		return false
	}
	switch word.at(i - 1) {
	case "step", "steps", "away", "way", "short":
		return true
	}
	return false
}

// excepting words open the areas a grade for "all" leaves out: "except", "but", "apart from".
func excepting(w string) bool { return w == "except" || w == "but" || w == "apart" }

// asideStart returns where an aside after a sentence's last grade begins, a dash or a
// which-clause ("rated as requiring improvement - which is the rating most trusts get"),
// or n: figures in the aside compare the grade with others, and do not make it one.
// It reads the sentence's words by number, ids, one for each of its n tokens.
func asideStart(gs []phrase.Match, ids []text.WordID) int {
	for i := gs[len(gs)-1].Last; i < len(ids); i++ {
		if id := ids[i]; id == dashID || id == whichID && i > 0 && ids[i-1] == commaID {
			return i
		}
	}
	return len(ids)
}

// regardWhether reports "whether" at i naming what a grade is for, not a doubt: "good
// with regard to whether patients are kept safe", "the rating for whether its wards
// are safe".
func regardWhether(i int, word *words) bool {
	if word.at(i) != "whether" {
		return false
	}
	if p := word.at(i - 1); p == "for" || p == "on" || p == "of" {
		return nounsAfter[word.at(i-2)]
	}
	w := word.at(i - 2)
	return word.at(i-1) == "to" && (w == "regard" || w == "respect" || w == "relation")
}

// gap counts the words from i to j, an area's name or a list's comma or "and" as none.
func gap(i, j int, word *words, areas []phrase.Match) int {
	n := 0
	for i < j {
		if k := phrase.StartingAt(areas, i); k >= 0 {
			i = areas[k].Last
			continue
		}
		if w := word.at(i); w != "," && w != "and" {
			n++
		}
		i++
	}
	return n
}

// relational reports a grade said of how well a body does something, by the name of an
// area that is an activity: "good at preventing crime", "outstanding at treating the
// public fairly". A one-word activity ("good at teaching") is too often plain praise.
func (f *finder) relational(g phrase.Match, word *words) bool {
	if word.at(g.Last) != "at" {
		return false
	}
	k := f.areaStarting(g.Last + 1)
	return k >= 0 && f.areas[k].Last-f.areas[k].First >= 2 && strings.HasSuffix(word.at(g.Last+1), "ing")
}
