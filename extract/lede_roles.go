package extract

import "github.com/verdictnlp/verdict/entity"

// ledeRoles gives a person the role a paragraph's opening sentence gave without a
// name, when the next paragraph opens by introducing that person with no role of
// their own: "The leader of Brenlow Council has admitted …" then "Cllr Ana Roe made
// the comment …". A councillor's title alone counts as no role.
func (s *state) ledeRoles() {
	ledes := entity.LedeRoles(s.doc)
	if len(ledes) == 0 {
		return
	}
	named, introduced := s.namesBySentence()
	sents := s.doc.Sentences()
	for _, l := range ledes {
		next := l.Sentence + 1
		if next >= len(sents) || sents[next].Para != sents[l.Sentence].Para+1 || named[l.Sentence] {
			continue // the role's paragraph runs on, or its sentence names someone
		}
		i, ok := introduced[next]
		if !ok {
			continue
		}
		p := &s.people[i]
		if p.role != "" && p.role != "councillor" || p.public || p.journalist {
			continue
		}
		p.role, p.org, p.titled = l.Role, l.Org, true
	}
}

// namesBySentence reports the sentences that mention anyone, and for each sentence the
// first person whose first mention it holds.
func (s *state) namesBySentence() (map[int]bool, map[int]int) {
	named, introduced := map[int]bool{}, map[int]int{}
	firstAt := map[int]int{} // a sentence's introduced person's first mention
	for i, p := range s.people {
		first := -1
		for _, m := range p.mentions {
			named[s.doc.SentenceAt(m.Start)] = true
			if first < 0 || m.Start < first {
				first = m.Start
			}
		}
		if first < 0 {
			continue
		}
		si := s.doc.SentenceAt(first)
		if at, ok := firstAt[si]; !ok || first < at {
			introduced[si], firstAt[si] = i, first
		}
	}
	return named, introduced
}
