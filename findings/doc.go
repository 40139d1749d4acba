// Package findings reads what inspectors found in inspection coverage: the clauses
// that state a strength or a failure ("staff were kind and well supported", "plans
// were not reviewed often enough"), each with its polarity, the theme it is about and
// the byte span of the input it came from.
//
// It is an annotator beside rating, quote, entity and dates: it reads a text.Document
// with what those found in it (the judgements and every grade mention, whose words are
// labels and not findings; the quotations and their speakers, since only the
// inspectors' and the report's words hold findings). Find walks the paragraphs once,
// keeping the section each lies in ("What needs to improve", "However:"), telling
// whose words each sentence holds, splitting sentences into clauses at contrast words
// and scoring each on the word lists, with negation, recommendation and
// direction-of-change rules. The extract package runs it as the last stage of its
// pipeline.
//
// The word lists are data: internal/lexicon/data/findings_*.txt, matched on snowball
// stems of words split at hyphens. The speech verbs are the quote stage's list
// (speech_verbs.txt): there is one list of the verbs that give words to a speaker.
package findings
