package rating

// scaleLegend reports the candidates that list a scale's grades one after another, as
// a key to the grades does ("the four grades are outstanding, good, requires
// improvement and inadequate"): three or more different grades, each joined to the next
// by nothing but a comma, "and", "or", a quotation mark or a line break, are no
// judgement. It marks them in legend, all false and as long as cands.
func scaleLegend(cands []cand, word *words, legend []bool) []bool {
	for start := 0; start < len(cands); {
		end := start + 1
		for end < len(cands) && joinedGrades(cands[end-1].m.Last, cands[end].m.First, word) {
			end++
		}
		if distinctGrades(cands[start:end]) >= 3 {
			for k := start; k < end; k++ {
				legend[k] = true
			}
		}
		start = end
	}
	return legend
}

// joinedGrades reports only list punctuation and conjunctions between two grades.
func joinedGrades(from, to int, word *words) bool {
	if to-from > 3 {
		return false
	}
	for i := from; i < to; i++ {
		switch w := word.at(i); {
		case w == "," || w == "and" || w == "or" || w == "/" || w == "\n" || isQuote(w):
		default:
			return false
		}
	}
	return true
}

func distinctGrades(cs []cand) int {
	seen := map[string]bool{}
	for _, c := range cs {
		seen[c.grade.word] = true
	}
	return len(seen)
}

// countedGrade reports a grade given a count, "one 'good' rating", "three
// 'adequate'": grades of that many areas the text does not name, not the overall one.
func countedGrade(first int, word *words) bool {
	i := first - 1
	if isQuote(word.at(i)) {
		i--
	}
	w := word.at(i)
	return w == "one" || numberWord(w) && !isDigits(w)
}

// alternativeGrades reports the candidates joined to another grade by "or" ("judged
// good or outstanding", "good or better"): a range of grades that several bodies hold,
// not one body's grade. It marks them in alt, all false and as long as cands.
func alternativeGrades(cands []cand, word *words, alt []bool) []bool {
	for k, c := range cands {
		if w := word.at(c.m.Last); w == "or" && (word.at(c.m.Last+1) == "better" || word.at(c.m.Last+1) == "above") {
			alt[k] = true
		}
		if k+1 < len(cands) && cands[k+1].m.First == c.m.Last+1 && word.at(c.m.Last) == "or" {
			alt[k], alt[k+1] = true, true
		}
	}
	return alt
}
