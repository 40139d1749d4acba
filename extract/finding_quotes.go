package extract

import (
	"github.com/verdictnlp/verdict/quote"
	"github.com/verdictnlp/verdict/text"
)

// fSpeaker is whose words a sentence holds, as far as findings care.
type fSpeaker uint8

const (
	fspNone      fSpeaker = iota // narration, or no speaker found
	fspInspector                 // the inspectors, the report, the inspectorate or one of its officers
	fspOther                     // anyone else: councils, heads, trusts, politicians, unions, parents
	fspUnknown                   // an unnamed speaker ("one parent said")
)

// fquote is a quotation found by the findings stage's own scan: its content ranges in
// the analysis text (one per paragraph it runs over) and its first paragraph.
type fquote struct {
	parts []text.Range
	para  int
	words int
	who   fSpeaker
}

// fScanQuotes finds the quotations of doc by their marks. Quote marks are folded to ' and
// " in the analysis text; a ' is a mark only at a word's edge (not "I'm"), and a closing
// ' only while a single-quoted stretch is open. A quote left open at a paragraph's end
// goes on in the next paragraph when that one opens with the same mark (the
// multi-paragraph convention), and ends there otherwise.
func fScanQuotes(doc *text.Document) []fquote {
	t := doc.Text()
	var out []fquote
	open := -1 // index into out of a quote left open at the end of the last paragraph
	var openMark byte
	for pi, p := range doc.Paragraphs() {
		cur := -1 // index into out of the quote open in this paragraph
		var mark byte
		start := 0
		i := p.Start
		if open >= 0 && i < p.End && t[i] == openMark {
			cur, mark, start = open, openMark, i+1
			i++
		}
		open = -1
		for ; i < p.End; i++ {
			c := t[i]
			if c != '"' && c != '\'' {
				continue
			}
			prev, next := byte(' '), byte(' ')
			if i > p.Start {
				prev = t[i-1]
			}
			if i+1 < p.End {
				next = t[i+1]
			}
			if cur < 0 {
				if c == '"' || fOpensSingle(prev, next) {
					out = append(out, fquote{para: pi})
					cur, mark, start = len(out)-1, c, i+1
				}
				continue
			}
			if c != mark || c == '\'' && !fClosesSingle(prev, next) {
				continue
			}
			fAddPart(&out[cur], t, start, i)
			cur = -1
		}
		if cur >= 0 {
			fAddPart(&out[cur], t, start, p.End)
			open, openMark = cur, mark
		}
	}
	return out
}

func fOpensSingle(prev, next byte) bool {
	return (prev == ' ' || prev == '(' || prev == '[' || prev == '-' || prev == '"') && next != ' '
}

func fClosesSingle(prev, next byte) bool {
	if prev == ' ' {
		return false
	}
	switch next {
	case ' ', '.', ',', ';', ':', '!', '?', ')', '"', '\n':
		return true
	}
	return false
}

func fAddPart(q *fquote, t string, start, end int) {
	if end <= start {
		return
	}
	q.parts = append(q.parts, text.Range{Start: start, End: end})
	in := false
	for i := start; i < end; i++ {
		sp := t[i] == ' ' || t[i] == '\n'
		if !sp && !in {
			q.words++
		}
		in = !sp
	}
}

// fReportQuoteSpeaker maps the quote stage's speaker kinds to the findings' speakers.
// A person is an inspector when their name is one the text gives an inspector.
func fReportQuoteSpeaker(q quote.Quote, inspectorName func(string) bool) fSpeaker {
	switch q.SpeakerKind {
	case quote.Report, quote.Inspectors, quote.Inspectorate:
		return fspInspector
	case quote.Person:
		if inspectorName(q.Speaker) {
			return fspInspector
		}
		return fspOther
	case quote.Organisation:
		return fspOther
	}
	return fspUnknown
}
