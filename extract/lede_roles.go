package extract

import (
	"strings"

	"github.com/verdictnlp/verdict/entity"
	"github.com/verdictnlp/verdict/text"
)

// ledeRoles gives a person the role a paragraph's opening sentence gave without a
// name, when the next paragraph opens by introducing that person with no role of
// their own: "The leader of Brenlow Council has admitted …" then "Cllr Ana Roe made
// the comment …". A councillor's title alone counts as no role.
func ledeRoles(doc *text.Document, people []person) {
	ledes := entity.LedeRoles(doc)
	if len(ledes) == 0 {
		return
	}
	named, introduced := namesBySentence(doc, people)
	sents := doc.Sentences()
	for _, l := range ledes {
		next := l.Sentence + 1
		if next >= len(sents) || sents[next].Para != sents[l.Sentence].Para+1 || named[l.Sentence] {
			continue // the role's paragraph runs on, or its sentence names someone
		}
		i, ok := introduced[next]
		if !ok {
			continue
		}
		p := &people[i]
		if p.role != "" && p.role != "councillor" || p.public || p.journalist {
			continue
		}
		p.role, p.org, p.titled = l.Role, l.Org, true
	}
}

// namesBySentence reports the sentences that mention anyone, and for each sentence the
// first person whose first mention it holds.
func namesBySentence(doc *text.Document, people []person) (map[int]bool, map[int]int) {
	named, introduced := map[int]bool{}, map[int]int{}
	firstAt := map[int]int{} // a sentence's introduced person's first mention
	for i, p := range people {
		first := -1
		for _, m := range p.mentions {
			named[doc.SentenceAt(m.Start)] = true
			if first < 0 || m.Start < first {
				first = m.Start
			}
		}
		if first < 0 {
			continue
		}
		si := doc.SentenceAt(first)
		if at, ok := firstAt[si]; !ok || first < at {
			introduced[si], firstAt[si] = i, first
		}
	}
	return named, introduced
}

// signatureRoles gives a person named alone on a line the role written alone on the
// next, as a report or a letter is signed: "Ana Roe" / "HM Chief Inspector of Prisons".
func signatureRoles(doc *text.Document, people []person) {
	sents := doc.Sentences()
	for i := range people {
		p := &people[i]
		if p.role != "" || p.public || p.journalist {
			continue
		}
		for _, m := range p.mentions {
			si := doc.SentenceAt(m.Start)
			if si < 0 || si+1 >= len(sents) || !aloneOnLine(doc, sents[si], m) || sents[si+1].Para != sents[si].Para+1 {
				continue
			}
			if r := entity.TitleLine(doc, sents[si+1]); r != "" {
				p.role, p.titled = r, true
				break
			}
		}
	}
}

// aloneOnLine reports a mention that is the whole of its sentence, and that sentence
// the whole of its paragraph.
func aloneOnLine(doc *text.Document, sent text.Sentence, m text.Range) bool {
	ps := doc.Paragraphs()
	if sent.Para < 0 || sent.Para >= len(ps) {
		return false
	}
	return strings.TrimSpace(doc.Slice(ps[sent.Para].Range)) == doc.Slice(m)
}
