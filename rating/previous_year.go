package rating

// Cues of a previous grade said with its year alone, in a text that names no later
// year: the year opens a clause about the past, which the sentence then turns from
// with a contrast to what is so now ("In 2016 the academy was told it needed
// improvement, but … it has now …"). Also the report verb "told" ("was told it
// needed improvement"), which gives a grade as a rating verb does.

// toldGrade reports "told it" after "was", "were" or "been", before a grade: "the
// academy was told it needed improvement", "the force has been told that it requires
// improvement". "Schools being told they require improvement" under a proposal is no
// body's grade.
func toldGrade(i int, word *words) bool {
	if word.at(i) != "told" {
		return false
	}
	switch word.at(i - 1) {
	case "was", "were", "been":
	default:
		return false
	}
	return word.at(i+1) == "it" || word.at(i+1) == "that" && word.at(i+2) == "it"
}

// nowAfterContrast reports a sentence that goes on, after the grade that ends at
// token from, to a contrast ("but", "yet", "however") and then to what is so now:
// the grade, given with a year, is the earlier one.
func nowAfterContrast(from, n int, word *words) bool {
	contrast := false
	for i := from; i < n; i++ {
		switch w := word.at(i); {
		case w == "but" || w == "yet" || w == "however":
			contrast = true
		case contrast && (w == "now" || w == "today"):
			return true
		}
	}
	return false
}

// openedInPast reports a grade at token first in a sentence that opens by placing
// itself in the past, "Last year" or "<n> years ago", with no turn to the present
// before the grade: "Last year the government issued a notice after an Ofsted visit
// rated the service inadequate". The opening reaches further than the clause cues.
func openedInPast(first int, word *words) bool {
	from := 0
	switch {
	case word.at(0) == "last" && word.at(1) == "year":
		from = 2
	case (word.at(1) == "year" || word.at(1) == "years") && word.at(2) == "ago":
		from = 3 // "a year ago", "two years ago"
	default:
		return false
	}
	for i := from; i < first; i++ {
		switch word.at(i) {
		case "but", "however", "yet", ";", "now", "this", "latest", "since":
			return false
		}
	}
	return true
}
