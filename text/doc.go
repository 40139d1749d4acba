// Package text is the model of an input that every other verdict package reads: the
// input exactly as given, an analysis view of it with an offset map back, its lines
// classed as article or site furniture, and its paragraphs, sentences and tokens.
//
// # Two kinds of position
//
// A [Span] is a half-open byte range into the input exactly as the caller gave it: the
// unit of every public result. A [Range] is a half-open byte range into the analysis
// text ([Document.Text]), where quote marks, dashes, spaces and HTML entities are folded
// to one form each, site furniture is removed, and hard-wrapped lines of extracted PDFs
// are joined. [Document.Span] takes a Range to its Span; input[Span.Start:Span.End] is
// the original text of what the Range covers.
//
// # Word numbers
//
// Each token also carries the number of its lower-case word in one process-wide
// vocabulary of the lexicons' words ([Document.WordID]; [NoWord] for a word no lexicon
// holds), so that phrase matching compares numbers, not strings. The vocabulary is
// filled while the program initialises ([Intern]) and only read afterwards.
//
// # Lower case
//
// The Document keeps no lower-cased copy of its text: [Document.Word] reads a token's
// word lower-cased (ASCII letters only) from the text, or, for a capitalised token,
// from the capitalised words it keeps lower-cased, without allocating.
// [Document.LowerRange], [EqualLower] and [ContainsLower] lower-case or compare a
// stretch; [Document.Lower] copies the whole text on its first call.
//
// # Example
//
//	doc := text.Parse("Cllr Ash said: \u201cWe accept this.\u201d")
//	for _, s := range doc.Sentences() {
//		sp := doc.Span(s.Range)
//		fmt.Println(doc.Source()[sp.Start:sp.End])
//	}
//
// A Document is read-only once built and safe for concurrent use.
package text
