package rating

import "github.com/verdictnlp/verdict/text"

// listBelow returns the areas listed one to a line under sentence si when it ends with
// a colon: "The college was graded 'good' for these parts:" over one line per
// area ("* Adult learning", "* Apprenticeships" …); a line may carry its own grade
// ("• Personal development. Good"). The list ends at the first line that is not one
// area. insp is the inspectorate whose area names apply.
func (f *finder) listBelow(si int, insp Inspectorate) []areaRef {
	doc := f.doc
	s := doc.Sentences()[si]
	if s.Last == s.First || doc.Word(s.Last-1) != ":" {
		return nil
	}
	paras := doc.Paragraphs()
	toks := doc.Tokens()
	var out []areaRef
	for pi := s.Para + 1; pi < len(paras) && pi <= s.Para+12; pi++ {
		p := paras[pi]
		first, last := doc.Sentences()[p.First].First, doc.Sentences()[p.Last-1].Last
		ms := areaMatcher.FindIn(doc, first, last, nil)
		if len(ms) != 1 || ms[0].First > 2 || last-first-ms[0].Last > 4 {
			break
		}
		name, ok := areaFor(ms[0].Value, insp)
		if !ok {
			break
		}
		r := text.Range{Start: int(toks[first+ms[0].First].Start), End: int(toks[first+ms[0].Last-1].End)}
		out = append(out, areaRef{name, r, true})
	}
	return out
}
