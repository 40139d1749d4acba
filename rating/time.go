package rating

import (
	"github.com/verdictnlp/verdict/internal/calendar"
	"github.com/verdictnlp/verdict/internal/lexicon"
	"github.com/verdictnlp/verdict/internal/phrase"
	"github.com/verdictnlp/verdict/text"
)

// latestYear is the latest plausible year the document mentions: the year of the
// inspection it reports, as a rule, against which earlier years are previous.
func latestYear(doc *text.Document) int {
	y := 0
	kinds := doc.Kinds()
	for i, t := range doc.Tokens() {
		// yearIn reads a year only from four bytes or a ten-byte date.
		if n := t.Len(); kinds[i] == text.Number && (n == 4 || n == 10) {
			if v := yearIn(doc.Word(i)); v > y {
				y = v
			}
		}
	}
	return y
}

// yearIn returns the year of a number token that is a year or a numeric date
// ("2024-11-02", "02/11/2024"), or 0.
func yearIn(w string) int {
	if len(w) == 10 && (w[4] == '-' || w[2] == '/') {
		if w[4] == '-' {
			return yearOf(w[:4])
		}
		return yearOf(w[6:])
	}
	return yearOf(w)
}

func yearOf(w string) int { return calendar.InspectionYear(w) }

// timeOf decides whether grade gi is current or previous, with its year, and whether
// the text said so outright; for a current grade not said outright to be current, also
// the year said near it (yearNear), which the caller would otherwise look for again.
func (f *finder) timeOf(gi int, g phrase.Match, n int, word *words) (Time, int, bool, int) {
	// "from X to Y", "up from X", "down from X": X is the earlier grade.
	b := g.First - 1
	for k := 0; k < 5 && fromSkip(word.at(b)); k++ {
		b-- // "down from an Ofsted overall 'outstanding'"
	}
	if word.at(b) == "from" {
		return Previous, f.yearNear(g, n, word), true, 0
	}
	if word.at(b) == "of" && (word.at(b-1) == "out" || word.at(b-1) == "came") {
		return Previous, f.yearNear(g, n, word), true, 0 // "taken out of special measures"
	}
	when := false // "since its last visit in 2019, when the ward was rated …"
	for i, k := g.First-1, 0; i >= 0 && k < 10; i, k = i-1, k+1 {
		if !timeBeforeIDs.Has(f.id(i)) {
			continue // a word this window has no test for, told by number
		}
		w := word.at(i)
		if clauseStop(w) || w == "," && gradeGains[word.at(i+1)] || w == "to" && word.at(i-1) != "due" && f.fromBefore(i, word) {
			break // "from weak in 2020 to strong": "from" is the earlier grade's cue
		}
		when = when || w == "when"
		if w == "back" && word.at(i+1) == "in" && yearOf(word.at(i+2)) > 0 {
			return Previous, yearOf(word.at(i + 2)), true, 0 // "Back in 2010, … received a 'requires improvement'"
		}
		if previousCueIDs.Has(f.id(i)) && (when || !presentCue(i, word)) || w == "removed" && word.at(i+1) == "from" ||
			w == "after" && (word.at(i-1) == "years" || word.at(i-1) == "months" || word.at(i-1) == "year" || word.at(i-1) == "month") {
			return Previous, f.yearNear(g, n, word), true, 0
		}
		if w == "now" || w == "latest" || w == "today" || w == "this" && word.at(i+1) == "inspection" {
			return Current, 0, true, 0
		}
	}
	if openedInPast(g.First, word) {
		return Previous, f.yearNear(g, n, word), true, 0
	}
	if ok, y := f.earlierInspection(g.First, word); ok {
		if y == 0 {
			y = f.yearNear(g, n, word)
		}
		return Previous, y, true, 0
	}
	for i := g.Last; i < n && i < g.Last+6; i++ {
		if !timeAfterIDs.Has(f.id(i)) {
			if f.gradeStarting(i) >= 0 {
				break
			}
			continue // a word this window has no other test for, told by number
		}
		w := word.at(i)
		if clauseStop(w) || (f.gradeStarting(i) >= 0) {
			break
		}
		if (w == "this" || w == "latest") && (word.at(i+1) == "inspection" || word.at(i+2) == "inspection") {
			return Current, 0, true, 0 // "good in this latest inspection"
		}
		if (w == "previous" || w == "previously") && gradeWithin(f.grades, i+1, 2, word) {
			break // "outstanding, following a previously 'good' judgement": the next grade's cue
		}
		if w == "previous" || w == "previously" || w == "ago" || w == "last" && !recentPeriod[word.at(i+1)] {
			// "good at its last inspection", "when Ofsted last carried out a full
			// inspection", "put into special measures last year" (but "rated good last
			// week" is the news itself).
			return Previous, f.yearNear(g, n, word), true, 0
		}
	}
	y := f.yearNear(g, n, word)
	if y > 0 && y < f.docYear {
		return Previous, y, false, 0
	} else if y > 0 && nowAfterContrast(g.Last, n, word) {
		return Previous, y, true, 0
	}
	return Current, 0, false, y
}

// timeBeforeIDs and timeAfterIDs hold every word timeOf's windows before and after a
// grade test for (a clause stop among them): any other word they pass over.
var (
	timeBeforeIDs = idSet(union(previousCues, wordsOf(clauseStopWords),
		wordsOf([]string{",", "to", "when", "back", "removed", "after", "now", "latest", "today", "this"})))
	timeAfterIDs = idSet(union(wordsOf(clauseStopWords),
		wordsOf([]string{"this", "latest", "previous", "previously", "ago", "last"})))
)

// earlierInspection reports an earlier inspection named as the subject of the grade's
// clause, however far before it, with no other grade between, and the year given with
// it: "An earlier visit in March 2020 had found the hostel – which … – to be
// good". "Since the last inspection" dates a change, not the grade.
func (f *finder) earlierInspection(first int, word *words) (bool, int) {
	when := false
	// Up to 30 words back, read by number: text only after "previous", "last", …
	for i := first - 1; i > 0 && first-i <= 30; i-- {
		id := f.id(i)
		if clauseStopIDs.Has(id) || f.gradeEnding(i+1) >= 0 {
			return false, 0
		}
		when = when || id == whenID
		if earlierIDs.Has(f.id(i - 1)) {
			w := word.at(i)
			if w != "inspection" && w != "report" && w != "visit" && w != "inspected" && w != "visited" {
				continue
			}
			if !when && (word.at(i-2) == "since" || word.at(i-3) == "since" || word.at(i-4) == "since") {
				return false, 0 // "since it was last inspected"
			}
			for k := i + 1; k < first && k <= i+5; k++ {
				if y := yearOf(word.at(k)); y > 0 {
					return true, y
				}
			}
			return true, 0
		}
	}
	return false, 0
}

// presentCue reports a previous cue at i that is part of a present statement: "is
// once again graded weak", "has now had two 'good' verdicts in a row", "has
// become good since it was last visited".
func presentCue(i int, word *words) bool {
	w := word.at(i)
	switch w {
	case "last", "previous":
		return word.at(i-1) == "since" || word.at(i-2) == "since" // "since the last inspection"
	case "once":
		return word.at(i+1) == "again"
	case "had":
		return word.at(i-1) == "has" || word.at(i-1) == "have" || reportedHad(i, word)
	}
	return false
}

// reportedHad reports "had" at i of a grade held, in a report's finding: "the report
// found the council had 'outstanding' ratings in two areas" (reported speech, not an
// earlier inspection): a rating noun within three words after it and a reporting verb
// within eight before it, in its clause.
func reportedHad(i int, word *words) bool {
	noun := false
	for j := i + 1; j <= i+4 && !noun && word.at(i+1) != "been"; j++ {
		noun = nounsAfter[word.at(j)] && word.at(j) != "rated" // "had been rated" is past perfect
	}
	if !noun {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-8 && !clauseStop(word.at(j)); j-- {
		switch word.at(j) {
		case "found", "finds", "said", "says", "concluded", "showed", "shows", "reported":
			return true
		}
	}
	return false
}

// fromSkip reports the words that may stand between "from" and the earlier grade: a
// quotation mark, an article, the inspectorate, "overall".
func fromSkip(w string) bool {
	switch w {
	case "'", "\"", "\u2018", "\u201c", "a", "an", "the", "its", "their", "overall", "ofsted", "ofsted's", "cqc", "cqc's":
		return true
	}
	return isQuote(w)
}

// yearNear returns the nearest year within 12 tokens of the grade in its sentence,
// not across another grade, or 0.
func (f *finder) yearNear(g phrase.Match, n int, word *words) int {
	best, dist := 0, 17
	for i := g.Last; i < n && i-g.Last < dist; i++ {
		if y := yearOf(word.at(i)); y > 0 {
			best, dist = latestListed(y, i, n, word), i-g.Last
			break
		}
		if f.gradeStarting(i) >= 0 || word.at(i) == ";" || word.at(i) == "." {
			break
		}
	}
	for i := g.First - 1; i >= 0 && g.First-1-i < dist; i-- {
		if y := yearOf(word.at(i)); y > 0 {
			best = y
			break
		}
		if f.gradeEnding(i+1) >= 0 {
			break
		}
	}
	return best
}

// latestListed returns the latest year of a list starting with year y at i: "the
// 'inadequate' verdicts of 2008 and 2010" were last given in 2010.
func latestListed(y, i, n int, word *words) int {
	for i+2 < n && (word.at(i+1) == "and" || word.at(i+1) == ",") {
		z := yearOf(word.at(i + 2))
		if z == 0 {
			break
		}
		y, i = max(y, z), i+2
	}
	return y
}

// gradeGains open a clause in which a grade is won, after a comma: "found the practice
// had changed, winning an 'outstanding' rating" (data/grade_gains.txt).
var gradeGains = lexicon.Set("grade_gains", true)

// fromBefore reports "from" and a grade shortly before "to" at i: "rose from
// inadequate in 2016 to …".
func (f *finder) fromBefore(i int, word *words) bool {
	for j := i - 1; j >= 0 && j >= i-6; j-- {
		if word.at(j) == "from" {
			return f.gradeStarting(j+1) >= 0 || f.gradeStarting(j+2) >= 0
		}
	}
	return false
}

// gradeWithin reports a grade starting at i or within k tokens after it, over quotes.
func gradeWithin(grades []phrase.Match, i, k int, word *words) bool {
	for j := i; j <= i+k; j++ {
		if phrase.StartingAt(grades, j) >= 0 {
			return true
		}
		if !isQuote(word.at(j)) {
			return false
		}
	}
	return false
}
