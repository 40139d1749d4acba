package findings

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

// fquote is a quotation found by the scan itself: its content ranges in the analysis
// text (one per paragraph it runs over: findCtx.quoteParts[a:b]), its first paragraph
// and its words.
type fquote struct {
	a, b  uint32
	para  int32
	words int32
	who   fSpeaker
}

// fScanQuotes gives the scan the quotations of doc, as the quote package finds them
// (cands, the quote stage's, when it has run): each with its content ranges, one
// per part, its first paragraph and its words. Short quotes are kept: words in scare
// quotes are still someone's words.
// Both lists are kept in buf, the call's scratch.
func fScanQuotes(doc *text.Document, cands []quote.Candidate, buf *fBuf) ([]fquote, []text.Range) {
	if cands == nil {
		cands = quote.Candidates(doc, quote.Segments(doc))
	}
	out := fRoom(&buf.quotes, len(cands))
	n := 0
	for _, c := range cands {
		n += len(c.Segments)
	}
	store := fRoom(&buf.quoteParts, n) // every quote's parts
	for _, c := range cands {
		q := fquote{a: uint32(len(store)), para: int32(c.Segments[0].Para), words: int32(c.Words)}
		for _, seg := range c.Segments {
			store = append(store, seg.Content)
		}
		q.b = uint32(len(store))
		out = append(out, q)
	}
	return out, store
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
