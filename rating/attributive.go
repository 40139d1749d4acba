package rating

import "github.com/verdictnlp/verdict/internal/lexicon"

// providerNouns are nouns for an inspected provider (data/provider_nouns.txt).
var providerNouns = lexicon.Set("provider_nouns", true)

// attributive reports a quoted grade used as an adjective before a provider noun:
// "'Requires improvement' practice …".
func attributive(c cand, word *words) bool {
	return isQuote(word.at(c.m.First-1)) && isQuote(word.at(c.m.Last)) && providerNouns[word.at(c.m.Last+1)]
}

// formerGrades reports the attributive grades a later, different grade of the same
// sentence follows: "'Requires improvement' practice rated 'outstanding'" names the
// provider by its former grade, which is no current judgement. It marks them in former,
// all false and as long as cands.
func formerGrades(cands []cand, word *words, former []bool) []bool {
	for k, c := range cands {
		if !attributive(c, word) {
			continue
		}
		for _, d := range cands[k+1:] {
			if d.grade.word != c.grade.word {
				former[k] = true
			}
		}
	}
	return former
}

// gradeKey reports a grade in a key to the scale, a grade's number before it and a
// colon after it: "Grade 2 is Good: …", "Grade 3 Requires improvement:".
func gradeKey(c cand, word *words) bool {
	i := c.m.First - 1
	if isQuote(word.at(i)) {
		i--
	}
	if word.at(i) == "is" {
		i--
	}
	j := c.m.Last
	if isQuote(word.at(j)) {
		j++
	}
	return gradeNumber(word.at(i)) && word.at(i-1) == "grade" && word.at(j) == ":"
}
