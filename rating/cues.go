package rating

// Word tables the judgement rules read. Each says where in a sentence it is used.

// window words: tokens that may stand between a rating verb and its grade.
var filler = map[string]bool{
	"as": true, "to": true, "be": true, "been": true, "being": true, "a": true, "an": true, "the": true,
	"its": true, "it": true, "was": true, "is": true, "were": true, "are": true, "has": true, "have": true,
	"had": true, "now": true, "still": true, "again": true, "overall": true, "officially": true, "'": true,
	"\"": true, "both": true, "all": true, "once": true, "also": true, "just": true, "only": true,
	"having": true, "their": true, "his": true, "her": true, "this": true, "that": true, "by": true,
	"ofsted": true, "inspectors": true, "cqc": true, "watchdog": true, "regulator": true, ",": true,
	"previously": true, "currently": true, "either": true, "-": true, "'s": true, "each": true,
	"already": true, "first": true, "later": true,
}

// linking words stand between an area and its grade: "caring was good", "Safe: good".
var linking = map[string]bool{
	"was": true, "were": true, "is": true, "are": true, ":": true, "-": true, "remains": true,
	"remained": true, "as": true, "both": true, "already": true, "also": true, "each": true,
	"still": true, "now": true, "again": true, "all": true, "rated": true, "judged": true,
	"graded": true, "assessed": true, "deemed": true, "found": true, "to": true, "be": true,
	"evaluated": true, "at": true,
	"being": true, "'": true, "\"": true, ",": true, "?": true,
}

// afterConnector words introduce the areas a grade is for: "good for safety",
// "inadequate in four categories: …", "judged it inadequate at responding to the public",
// "required improvement, as did leadership", "a 'Good' rating was adoption performance".
var afterConnector = map[string]bool{
	"for": true, "in": true, "across": true, ":": true, "did": true, "at": true, "on": true,
	"was": true, "were": true, "including": true,
}

// afterSkip words may stand between a grade, its connector and its areas.
var afterSkip = map[string]bool{
	"the": true, "all": true, "of": true, "its": true, "their": true, "key": true, "areas": true,
	"area": true, "categories": true, "category": true, "questions": true, "judgements": true,
	"judgement": true, "'": true, "\"": true, ",": true, ";": true, "and": true, "-": true, "both": true,
	"being": true, "as": true, "rating": true, "inspection": true, "every": true, "each": true,
	"terms": true, "relation": true, "themes": true, "theme": true, "they": true, "it": true,
	"we": true, "assess": true, "assesses": true, "assessed": true, "inspect": true, "inspected": true,
	"looks": true, "look": true, "aspects": true, "standards": true,
	"domains": true, "tests": true, "(": true, ")": true, "healthy": true, "prison": true, "out": true, "five": true,
	// "good overall and for being caring as well", "outstanding with regard to whether
	// the practice is caring"
	"well": true, "with": true, "regard": true, "respect": true, "whether": true, "services": true, "service": true,
	// "Ratings of good were given for …"
	"ratings": true, "received": true, "given": true, "awarded": true,
}

// ratingCues are words that, shortly before a grade, say it is being awarded.
var ratingCues = map[string]bool{
	"rated": true, "rating": true, "re-rated": true, "judged": true, "deemed": true, "branded": true,
	"graded": true, "grade": true, "found": true, "labelled": true, "labeled": true, "classed": true,
	"classified": true, "considered": true, "assessed": true, "given": true, "awarded": true,
	"received": true, "achieved": true, "earned": true, "retained": true, "retains": true, "kept": true,
	"keeps": true, "remains": true, "remained": true, "remain": true, "stays": true, "stayed": true,
	"downgraded": true, "upgraded": true, "improved": true, "dropped": true, "fell": true, "slipped": true,
	"moved": true, "change": true, "changed": true, "changes": true, "rose": true, "risen": true, "from": true, "declared": true, "placed": true,
	"put": true, "into": true, "out": true, "lost": true, "losing": true, "declined": true,
	"gone": true, "went": true, "go": true, "become": true, "became": true, "becomes": true,
	"scored": true, "score": true, "verdict": true, "judgement": true, "judgment": true, "result": true,
	"say": true, "says": true, "said": true, "concluded": true, "rate": true, "grades": true,
	"ratings": true, "up": true, "down": true, "back": true, "returned": true, "regained": true,
	"secured": true, "maintained": true, "maintains": true, "gained": true, "gets": true, "got": true,
	"had": true, "evaluated": true, "evaluates": true, "rates": true, "judges": true, "deems": true, "brands": true,
	"finds": true, "labels": true, "gives": true, "awards": true, "downgrades": true, "upgrades": true,
}

// nounsAfter are words that, right after a grade, make it a grade: "an inadequate rating".
var nounsAfter = map[string]bool{
	"rating": true, "ratings": true, "grade": true, "grades": true, "judgement": true, "judgements": true,
	"judgment": true, "verdict": true, "status": true, "rated": true, "category": true, "label": true,
	"banding": true, "score": true,
}

// okAfter are words that may follow a one-word grade used as a grade ("rated good for
// safety"); a grade followed by anything else is an adjective ("good progress").
var okAfter = map[string]bool{
	"the": true,
	"for": true, "in": true, "across": true, "overall": true, "by": true, "at": true, "and": true,
	"with": true, "after": true, "when": true, "since": true, "following": true, "to": true,
	"from": true, "on": true, "under": true, "last": true, "this": true, "again": true, "previously": true,
	"as": true, "or": true, "but": true, "while": true, "whilst": true, "because": true, "until": true,
	"before": true, "once": true, "back": true, "once-": true, "ever": true, "today": true,
	"yesterday": true, "now": true, "then": true, "so": true, "which": true, "who": true, "where": true,
	"according": true, "during": true, "earlier": true, "nor": true, "either": true, "only": true,
	"(": true, "-": true, "in-": true, "is": true, "was": true,
}

// hypothetical words before a grade, in its clause, make it no judgement.
var hypothetical = map[string]bool{
	"could": true, "would": true, "might": true, "may": true, "if": true, "unless": true, "risk": true,
	"risks": true, "likely": true, "unlikely": true, "expected": true, "expects": true, "hope": true,
	"hopes": true, "hoped": true, "hoping": true, "aim": true, "aims": true, "aiming": true, "want": true,
	"wants": true, "target": true, "bid": true, "ambition": true, "should": true, "threatened": true,
	"fear": true, "fears": true, "feared": true, "potential": true, "potentially": true, "possible": true,
	"possibly": true, "will": true, "not": true, "never": true, "longer": true, "n't": true, "cannot": true,
	"can": true, "scrap": true, "scrapped": true, "scrapping": true, "replace": true, "replaced": true,
	"abolish": true, "abolished": true, "aspire": true, "aspires": true, "goal": true, "strive": true,
	"striving": true, "ensure": true, "means": true, "mean": true, "meaning": true,
	"defined": true, "described": true, "called": true, "whether": true, "until": true,
	"any": true, "every": true, "no": true, "avoid": true,
	// "fell just short of an overall 'outstanding'"
	"short": true,
}

// previousCues in a grade's clause make it an earlier inspection's grade.
var previousCues = map[string]bool{
	"previously": true, "previous": true, "formerly": true, "prior": true, "lost": true, "losing": true,
	"last": true, "earlier": true, "once": true, "before": true, "had": true, "former": true,
	"having": true,
}

var statsWords = map[string]bool{
	"%": true, "per": true, "percent": true, "nationally": true, "proportion": true, "councils": true,
	"schools": true, "forces": true, "trusts": true, "providers": true, "prisons": true,
	"authorities": true, "hospitals": true, "homes": true, "settings": true, "locations": true,
	"colleges": true, "nurseries": true, "practices": true,
}

// clauseStop reports tokens that end a clause for the grade windows.
func clauseStop(w string) bool {
	switch w {
	case ";", ".", "?", "!", "while", "whilst", "but", "although", "though", "however", "whereas":
		return true
	}
	return false
}

// includes reports the verbs of a which-clause that lists areas: "which included".
func includes(w string) bool { return w == "include" || w == "included" || w == "includes" }
