package entity

import (
	"slices"
	"strings"
	"sync"

	"github.com/verdictnlp/verdict/internal/norm"
	"github.com/verdictnlp/verdict/internal/scratch"
	"github.com/verdictnlp/verdict/text"
)

// Person is one person of a text: every mention of them (named, or a surname or given
// name written alone), the fullest name, and what the mentions say of their role.
type Person struct {
	Name, First, Surname string // the fullest name any mention gives, and its parts
	Role, Org            string // the most telling role a mention gives, and its organisation
	Gender               Gender // the first any mention gives
	Public, Journalist   bool   // a member of the public; a journalist
	Titled               bool   // named with a councillor's title or a role at least once
	Mentions             []text.Range
}

// GatherPeople gathers the text's people, one per person (later mentions "Mr Cooney",
// "Cllr Farley" join the first), each with what their mentions say of their role.
func GatherPeople(doc *text.Document, opts Options) []Person {
	buf := peopleBufs.Get().(*[]Person)
	people := (*buf)[:0]
	byKey := map[string]int{}
	var kb [64]byte
	for m := range personMentions(doc, opts) {
		// The key is built lower-cased in kb and copied into a string only when new.
		k := norm.AppendLower(kb[:0], m.Surname)
		i, ok := byKey[string(k)]
		if ok && m.First != "" && people[i].First != "" && !sameFirst(m.First, people[i].First) {
			ok = false // another person of the same surname
			k = norm.AppendLower(append(k, '|'), m.First)
			i, ok = byKey[string(k)]
		}
		if !ok {
			i = len(people)
			byKey[string(k)] = i
			people = append(people, Person{})
		}
		people[i].add(m)
	}
	bareNameMentions(doc, people)
	ledeRoles(doc, people)
	signatureRoles(doc, people)
	return scratch.Keep(&peopleBufs, buf, people, maxPooled)
}

// peopleBufs and bodyBufs hold GatherPeople's and Bodies' output scratch: a list grown
// by doubling allocated about twice what it kept, so it grows in reused scratch and
// the call keeps one copy of the right size. A scratch grown past maxPooled (a very
// long text) is the call's result itself.
var (
	peopleBufs = sync.Pool{New: func() any { return new([]Person) }}
	bodyBufs   = sync.Pool{New: func() any { return new([]BodyMention) }}
)

const maxPooled = 1024

// bareNameMentions links a surname or a given name written alone ("Venkat said",
// "Imogen said") to the one person of the text it names, so that quotes and pronouns
// after it find them. A name two people share is left alone.
func bareNameMentions(doc *text.Document, people []Person) {
	sc := bareBufs.Get().(*bareScratch)
	defer sc.put()
	byName := sc.byName
	for i, p := range people {
		if p.First == "" {
			continue
		}
		for _, n := range []string{p.Surname, p.First} {
			if j, ok := byName[n]; ok && j != i {
				byName[n] = -1
			} else if !ok {
				byName[n] = i
			}
		}
	}
	if len(byName) == 0 {
		return
	}
	// A token can be a name only if its first byte starts one and its length is one
	// a name has (bit l of lens, the last bit for 63 bytes or more): most tokens are
	// let go on those, without hashing them.
	var starts [256]bool
	var lens uint64
	_, empty := byName[""] // (no name is empty; if one were, every token is looked up)
	for n := range byName {
		if n != "" {
			starts[n[0]] = true
			lens |= 1 << min(len(n), 63)
		}
	}
	// The mentions' ends, sorted, for a binary search: a map of them cost more to fill
	// than the few tokens that are looked up in it.
	n := 0
	for _, p := range people {
		n += 2 * len(p.Mentions)
	}
	covered := slices.Grow(sc.covered[:0], n)
	for _, p := range people {
		for _, m := range p.Mentions {
			covered = append(covered, m.Start, m.End)
		}
	}
	slices.Sort(covered)
	sc.covered = covered
	named := slices.Grow(sc.named[:0], len(people))[:len(people)] // each person's named mentions, made when first needed
	clear(named)
	sc.named = named
	toks := doc.Tokens()
	txt := doc.Text()
	for k, t := range toks {
		if !empty && (t.End <= t.Start || !starts[txt[t.Start]] || lens&(1<<min(t.End-t.Start, 63)) == 0) {
			continue
		}
		i, ok := byName[doc.Slice(t.Range())]
		if !ok || i < 0 || isCovered(covered, int(t.Start)) || isCovered(covered, int(t.End)) {
			continue
		}
		if named[i].starts == nil {
			named[i] = newSpans(people[i].Mentions)
		}
		if named[i].overlaps(t.Range()) {
			continue
		}
		if k > 0 && IsNameWord(doc.Slice(toks[k-1].Range())) || k+1 < len(toks) && IsNameWord(doc.Slice(toks[k+1].Range())) {
			continue // part of a longer name: another person, a place
		}
		people[i].Mentions = append(people[i].Mentions, t.Range())
	}
}

// bareScratch is bareNameMentions' working memory, pooled: the names' map and the
// mentions' lists were most of what GatherPeople allocated.
type bareScratch struct {
	byName  map[string]int
	covered []int
	named   []spans
}

var bareBufs = sync.Pool{New: func() any { return &bareScratch{byName: map[string]int{}} }}

// put clears sc and returns it to the pool, unless a long text grew it past
// maxPooled.
func (sc *bareScratch) put() {
	if len(sc.byName) > maxPooled || cap(sc.covered) > 4*maxPooled || cap(sc.named) > maxPooled {
		return
	}
	clear(sc.byName)
	clear(sc.named) // (its spans' slices are the call's, not to be kept)
	bareBufs.Put(sc)
}

// isCovered reports whether p is in sorted.
func isCovered(sorted []int, p int) bool {
	_, ok := slices.BinarySearch(sorted, p)
	return ok
}

// spans answers whether a range overlaps any of a set of ranges in log time: their
// starts in order, and at each the furthest end of the ranges up to it. (A bare name
// found while linking is a token of its own and overlaps no later token, so the named
// mentions alone need be in it.)
type spans struct{ starts, maxEnd []int }

func newSpans(ms []text.Range) spans {
	sorted := slices.Clone(ms)
	slices.SortFunc(sorted, func(a, b text.Range) int { return a.Start - b.Start })
	s := spans{starts: make([]int, len(sorted)), maxEnd: make([]int, len(sorted))}
	end := -1
	for k, m := range sorted {
		end = max(end, m.End)
		s.starts[k], s.maxEnd[k] = m.Start, end
	}
	return s
}

// overlaps reports whether r overlaps one of the ranges (as text.Range.Overlaps).
func (s spans) overlaps(r text.Range) bool {
	k, _ := slices.BinarySearch(s.starts, r.End) // the ranges before k start before r ends
	return k > 0 && s.maxEnd[k-1] > r.Start
}

func sameFirst(a, b string) bool {
	a, b = strings.TrimSuffix(a, "."), strings.TrimSuffix(b, ".")
	return a == b || len(a) == 1 && strings.HasPrefix(b, a) || len(b) == 1 && strings.HasPrefix(a, b)
}

// Official reports a person who acts in the story in a public or professional role.
func (p *Person) Official() bool {
	return p.Titled && !p.Public && !p.Journalist
}

// add joins mention m to p: the fullest name, the most telling role, the first gender
// given.
func (p *Person) add(m PersonMention) {
	if len(m.Name) > len(p.Name) {
		p.Name, p.First, p.Surname = m.Name, m.First, m.Surname
	}
	if p.Role == "" || len(m.Role) > len(p.Role) && p.Role == "councillor" {
		if m.Role != "" {
			p.Role, p.Org = m.Role, m.Org
		}
	}
	if p.Gender == UnknownGender {
		p.Gender = m.Gender
	}
	p.Public = p.Public || m.Public
	p.Journalist = p.Journalist || m.Journalist
	p.Titled = p.Titled || m.Role != ""
	p.Mentions = append(p.Mentions, m.Range)
}

// ledeRoles gives a person the role a paragraph's opening sentence gave without a
// name, when the next paragraph opens by introducing that person with no role of
// their own: "The leader of Brenlow Council has admitted …" then "Cllr Ana Roe made
// the comment …". A councillor's title alone counts as no role.
func ledeRoles(doc *text.Document, people []Person) {
	if len(people) == 0 {
		return // (no one to give a role to)
	}
	// The opening role is read only of a paragraph's one sentence before another
	// paragraph, the only one that can give it; who each sentence names is found once
	// the first role is read, as most texts have none.
	var named map[int]bool
	var introduced map[int]int
	sents := doc.Sentences()
	beforeParagraph := func(si int) bool { return si+1 < len(sents) && sents[si+1].Para == sents[si].Para+1 }
	for l := range ledeRolesOf(doc, beforeParagraph) {
		if named == nil {
			named, introduced = namesBySentence(doc, people)
		}
		i, ok := introduced[l.Sentence+1]
		if named[l.Sentence] || !ok {
			continue // the sentence names someone, or the next introduces no one
		}
		p := &people[i]
		if p.Role != "" && p.Role != "councillor" || p.Public || p.Journalist {
			continue
		}
		p.Role, p.Org, p.Titled = l.Role, l.Org, true
	}
}

// namesBySentence reports the sentences that mention anyone, and for each sentence the
// first person whose first mention it holds.
func namesBySentence(doc *text.Document, people []Person) (map[int]bool, map[int]int) {
	named, introduced := map[int]bool{}, map[int]int{}
	firstAt := map[int]int{} // a sentence's introduced person's first mention
	for i, p := range people {
		first := -1
		for _, m := range p.Mentions {
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
func signatureRoles(doc *text.Document, people []Person) {
	sents := doc.Sentences()
	for i := range people {
		p := &people[i]
		if p.Role != "" || p.Public || p.Journalist {
			continue
		}
		for _, m := range p.Mentions {
			si := doc.SentenceAt(m.Start)
			if si < 0 || si+1 >= len(sents) || !aloneOnLine(doc, sents[si], m) || sents[si+1].Para != sents[si].Para+1 {
				continue
			}
			if r := TitleLine(doc, sents[si+1]); r != "" {
				p.Role, p.Titled = r, true
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
