package entity

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/verdictnlp/verdict/internal/calendar"
	"github.com/verdictnlp/verdict/internal/lexicon"
	"github.com/verdictnlp/verdict/internal/norm"
	"github.com/verdictnlp/verdict/internal/phrase"
	"github.com/verdictnlp/verdict/internal/scratch"
	"github.com/verdictnlp/verdict/text"
)

// BodyKind says what sort of body a name is.
type BodyKind uint8

const (
	OtherBody       BodyKind = iota // a body of none of the kinds below
	CouncilBody                     // a local authority
	EducationBody                   // a school, college, nursery or academy trust
	PoliceBody                      // a police force or constabulary
	HealthBody                      // a hospital, trust, surgery or other health service
	CareBody                        // a care home, home-care agency or children's home
	PrisonBody                      // a prison, young offender institution or probation service
	PartnershipBody                 // a partnership of agencies (safeguarding, youth justice)
	FireBody                        // a fire and rescue service
)

var kindByName = map[string]BodyKind{
	"council": CouncilBody, "education": EducationBody, "police": PoliceBody, "health": HealthBody,
	"care": CareBody, "prison": PrisonBody, "partnership": PartnershipBody,
	"fire": FireBody,
}

// BodyMention is a place a document names an inspectorable body: "Tameside MBC",
// "Kestrel Heath Academy", "HMP Wendlebury", or a place whose service is named
// ("Tameside's children's services"). Name is the name as written, without a leading
// "the"; Service the canonical service named with it, if any.
type BodyMention struct {
	Name    string
	Kind    BodyKind
	Service string
	Range   text.Range // the name in the analysis text
	// Location is set when the name says where another body is ("based at Farrowby
	// Primary School"): it owns no grade of its sentence.
	Location bool
}

// ServiceMention is a place a document names an inspected service.
type ServiceMention struct {
	Service string
	Range   text.Range
}

var (
	headMatcher    *phrase.Matcher
	headKinds      []BodyKind
	headCapital    []bool // the head is written with a capital ("Academy", not "academy")
	serviceMatcher *phrase.Matcher
	serviceNames   []string
	notBodies      = newStrSet(lexicon.Set("not_bodies", true))
)

func init() {
	var ps []string
	var vs []int
	for _, l := range lexicon.Lines("bodies") {
		k, heads, _ := strings.Cut(l, ":")
		for _, h := range strings.Split(heads, "|") {
			h = strings.TrimSpace(h)
			ps = append(ps, h)
			vs = append(vs, len(headKinds))
			headKinds = append(headKinds, kindByName[strings.TrimSpace(k)])
			headCapital = append(headCapital, isCap(h))
		}
	}
	headMatcher = phrase.New(ps, vs)
	ps, vs = nil, nil
	for _, l := range lexicon.Lines("services") {
		k, forms, _ := strings.Cut(l, ":")
		for _, f := range strings.Split(forms, "|") {
			ps = append(ps, strings.TrimSpace(f))
			vs = append(vs, len(serviceNames))
		}
		serviceNames = append(serviceNames, strings.TrimSpace(k))
	}
	serviceMatcher = phrase.New(ps, vs)
}

// Services returns every mention of an inspected service, in order.
func Services(doc *text.Document) []ServiceMention {
	var out []ServiceMention
	toks := doc.Tokens()
	var ms []phrase.Match
	for _, s := range doc.Sentences() {
		ms = serviceMatcher.FindIn(doc, s.First, s.Last, ms[:0])
		for _, m := range ms {
			out = append(out, ServiceMention{serviceNames[m.Value], text.Range{Start: int(toks[s.First+m.First].Start), End: int(toks[s.First+m.Last-1].End)}})
		}
	}
	return out
}

// Bodies returns every mention of a named body, in order.
func Bodies(doc *text.Document) []BodyMention {
	buf := bodyBufs.Get().(*[]BodyMention)
	out := (*buf)[:0]
	sb := matchBufs.Get().(*matchScratch)
	heads, svcs := sb.heads[:0], sb.svcs[:0]
	var usedBuf [32]bool
	used := usedBuf[:0] // by svcs' index, the services named with a body already
	for _, s := range doc.Sentences() {
		bs := bodySentence{doc: doc, toks: doc.Tokens(), ids: doc.WordIDs(s.First, s.Last), first: s.First, n: s.Last - s.First}
		heads = headMatcher.FindIn(doc, s.First, s.Last, heads[:0])
		svcs = serviceMatcher.FindIn(doc, s.First, s.Last, svcs[:0])
		used = slices.Grow(used[:0], len(svcs))[:len(svcs)]
		clear(used)
		out = bs.headNamed(heads, svcs, used, out)
		out = bs.asideNamed(out)
		out = bs.prisonNamed(out)
		out = bs.serviceNamed(svcs, used, out)
	}
	if max(cap(heads), cap(svcs)) <= maxPooled {
		sb.heads, sb.svcs = heads[:0], svcs[:0]
		matchBufs.Put(sb)
	}
	sortMentions(out)
	markLocations(doc, out)
	return scratch.Keep(&bodyBufs, buf, out, maxPooled)
}

// matchBufs holds Bodies' per-sentence match lists, which each call grew from nothing.
var matchBufs = sync.Pool{New: func() any { return new(matchScratch) }}

type matchScratch struct{ heads, svcs []phrase.Match }

// locationCues are the words before a name that make it a location (data/body_location_cues.txt).
var locationCues = lexicon.Lines("body_location_cues")

// locationWindow is how many bytes before a name markLocations reads for a cue.
const locationWindow = 24

// markLocations sets Location on the mentions a location cue comes just before.
func markLocations(doc *text.Document, ms []BodyMention) {
	src := doc.Text()
	var buf [64]byte
	for i := range ms {
		before := strings.TrimRight(src[max(0, ms[i].Range.Start-locationWindow):ms[i].Range.Start], " ")
		before = string(norm.AppendLower(buf[:0], before)) // (on the stack: it is short and does not escape)
		before = strings.TrimSuffix(before, " the")
		for _, c := range locationCues {
			if strings.HasSuffix(before, c) && (len(before) == len(c) || before[len(before)-len(c)-1] == ' ' || before[len(before)-len(c)-1] == '\n') {
				ms[i].Location = true
				break
			}
		}
	}
}

// bodySentence is one sentence read for body names, its tokens numbered from 0.
type bodySentence struct {
	doc      *text.Document
	toks     []text.Token
	ids      []text.WordID // the sentence's words by number, read where a rule passes every token
	first, n int
}

// The words the body readers pass every token to find, by number.
var (
	commaID                = text.Intern(",")
	aID, anID, theID       = text.Intern("a"), text.Intern("an"), text.Intern("the")
	hmpID, hmyoiID, hmpyID = text.Intern("hmp"), text.Intern("hmyoi"), text.Intern("hmpyoi")
)

func (b *bodySentence) word(i int) string {
	if i < 0 || i >= b.n {
		return ""
	}
	return b.doc.Word(b.first + i)
}

// words reads the sentence's words for the name readers shared with people.
func (b *bodySentence) words() *sentWords {
	return &sentWords{doc: b.doc, first: b.first, last: b.first + b.n}
}

func (b *bodySentence) orig(i int) string { return b.doc.Slice(b.toks[b.first+i].Range()) }

func (b *bodySentence) rng(i, j int) text.Range {
	return text.Range{Start: int(b.toks[b.first+i].Start), End: int(b.toks[b.first+j-1].End)}
}

// headNamed finds names that end in a head noun: "Tameside Council", "Fernhill
// Primary School", with the service named with them ("Tameside MBC's children's
// services").
func (b *bodySentence) headNamed(heads, svcs []phrase.Match, used []bool, out []BodyMention) []BodyMention {
	for _, h := range heads {
		if headCapital[h.Value] && !isCap(b.orig(h.First)) && !(b.word(h.First) == "council" && h.Last-h.First == 1) {
			continue // "a Brackmoor secondary school" describes; it does not name ("Harbury council" names)
		}
		first := nameStart(headStart(h), b.words())
		if first >= h.First {
			continue // a head noun alone: "the council", "the school"
		}
		last := ofPlace(h.Last, b.n, b.words())
		name := b.doc.Slice(b.rng(first, last))
		if lowerHas(&notBodies, name) {
			continue
		}
		m := BodyMention{Name: name, Kind: headKinds[h.Value], Range: b.rng(first, last)}
		if sv := serviceAt(svcs, h.Last, b.words()); sv >= 0 {
			m.Service = serviceNames[svcs[sv].Value]
			used[sv] = true
		}
		out = append(out, m)
	}
	return out
}

// headStart is where nameStart walks back from for head h: inside a capitalised head
// of two or more words, so that a name joining two kinds before it ("Elmcroft
// Residential and Nursing Home", "Fernhill Infant and Junior School") keeps its first
// part. A lower-case head ("Calder Vale probation delivery unit") is walked from its
// first word.
func headStart(h phrase.Match) int {
	if h.Last-h.First > 1 && headCapital[h.Value] {
		return h.First + 1
	}
	return h.First
}

// asideNamed finds a name with an aside that says what it is: "Hafan Deg, a 34-bed
// home on the edge of the village", "Fernhill, the town's largest primary school".
func (b *bodySentence) asideNamed(out []BodyMention) []BodyMention {
	ids := b.ids[:b.n]
	for i := 0; i+3 < len(ids); i++ {
		// A comma and an article, told by their numbers without reading the words.
		if ids[i] != commaID {
			continue
		}
		if next := ids[i+1]; next != aID && next != anID && next != theID {
			continue
		}
		a := nameStart(i, b.words())
		if i-a < 1 || len(out) > 0 && out[len(out)-1].Range == b.rng(a, i) {
			continue // no name, or one the head nouns found already
		}
		for k := i + 2; k < b.n && k <= i+7 && b.word(k) != "," && b.word(k) != "."; k++ {
			if b.word(k+1) == "'s" || b.word(k+1) == "'" {
				break // "Orla Vance, the council's deputy director of education": a person
			}
			if kind, ok := commonHeads[b.word(k)]; ok {
				name := b.doc.Slice(b.rng(a, i))
				if !lowerHas(&notBodies, name) {
					out = append(out, BodyMention{Name: name, Kind: kind, Range: b.rng(a, i)})
				}
				break
			}
		}
	}
	return out
}

// prisonNamed finds prisons, named after their prefix: "HMP Wendlebury", "HMYOI
// Brackenhurst".
func (b *bodySentence) prisonNamed(out []BodyMention) []BodyMention {
	for i := 0; i+1 < b.n; i++ {
		if id := b.ids[i]; id != hmpID && id != hmyoiID && id != hmpyID {
			continue // (most tokens, let go by their word's number without reading it)
		}
		if w := b.orig(i); (w == "HMP" || w == "HMYOI" || w == "HMPYOI") && isCap(b.orig(i+1)) {
			j := i + 1
			for j < b.n && isCap(b.orig(j)) {
				j++
			}
			out = append(out, BodyMention{Name: b.doc.Slice(b.rng(i, j)), Kind: PrisonBody, Range: b.rng(i, j)})
		}
	}
	return out
}

// serviceNamed finds a place and its service not named with a body already:
// "Tameside's children's services", "Ambleford children's services", "children's
// services in Kestermoor".
func (b *bodySentence) serviceNamed(svcs []phrase.Match, used []bool, out []BodyMention) []BodyMention {
	for k, sv := range svcs {
		if used[k] {
			continue
		}
		j := sv.First
		if b.word(j-1) == "'s" || b.word(j-1) == "'" {
			j--
		}
		first := nameStart(j, b.words())
		if first < j && !titleWord(b.orig(first)) {
			name := b.doc.Slice(b.rng(first, j))
			if !lowerHas(&notBodies, name) {
				out = append(out, BodyMention{Name: name, Kind: OtherBody, Service: serviceNames[sv.Value], Range: b.rng(first, j)})
				continue
			}
		}
		if a, e := b.divisionOf(j); e > a {
			out = append(out, BodyMention{Name: b.doc.Slice(b.rng(a, e)), Kind: OtherBody, Service: serviceNames[sv.Value], Range: b.rng(a, e)})
			continue
		}
		if b.word(sv.Last) == "in" || b.word(sv.Last) == "at" {
			if a, e := b.placeAt(sv.Last + 1); e > a {
				out = append(out, BodyMention{Name: b.doc.Slice(b.rng(a, e)), Kind: OtherBody, Service: serviceNames[sv.Value], Range: b.rng(a, e)})
			}
		}
	}
	return out
}

// placeAt returns the capitalised place that starts at token a, after an optional
// "the", with its inner "and" and "of" ("the North East and East of England"); e == a
// when none does.
func (b *bodySentence) placeAt(a int) (int, int) {
	if b.word(a) == "the" {
		a++
	}
	e := a
	for e < b.n && isCap(b.orig(e)) && !titleWord(b.orig(e)) {
		e++
		if (b.word(e) == "and" || b.word(e) == "of") && e+1 < b.n && isCap(b.orig(e+1)) {
			e++
		}
	}
	return a, e
}

// divisionOf returns the division named before a service that starts at token j: a
// capitalised place and a division noun, then "of" and an optional "the" ("the Tarn
// Vale division of the Probation Service"); e == a when there is none.
func (b *bodySentence) divisionOf(j int) (int, int) {
	if b.word(j-1) == "the" {
		j--
	}
	if b.word(j-1) != "of" || !divisionNouns[b.word(j-2)] {
		return 0, 0
	}
	a := nameStart(j-2, b.words())
	if a == j-2 {
		return 0, 0
	}
	return a, j - 1
}

// divisionNouns are the nouns for a regional part of a national service.
var divisionNouns = lexicon.Set("division_nouns", true)

// ofPlace returns the end of a name whose head noun is followed by "of" and a
// capitalised place ("Wyvern Hospitals of East Marlshire"): the place is part of the
// name. A lower-case word, a sentence's end or nothing capitalised after "of" leaves the
// name ending at i.
func ofPlace(i, n int, sw *sentWords) int {
	if sw.word(i) != "of" || i+1 >= n || !isCap(sw.orig(i+1)) || titleWord(sw.orig(i+1)) {
		return i
	}
	j := i + 1
	for j < n && isCap(sw.orig(j)) {
		j++
	}
	return j
}

// commonHeads are the common nouns an aside uses to say what a named body is.
var commonHeads = map[string]BodyKind{
	"home": CareBody, "school": EducationBody, "academy": EducationBody, "college": EducationBody,
	"nursery": EducationBody, "hospital": HealthBody, "practice": HealthBody, "surgery": HealthBody,
	"trust": HealthBody, "prison": PrisonBody, "jail": PrisonBody, "force": PoliceBody, "council": CouncilBody,
}

// serviceAt returns the service match that follows a name ending at token i, after an
// optional possessive, or -1.
func serviceAt(svcs []phrase.Match, i int, sw *sentWords) int {
	if sw.word(i) == "'s" || sw.word(i) == "'" {
		i++
	}
	for k, s := range svcs {
		if s.First == i {
			return k
		}
	}
	return -1
}

// nameStart walks back from token i over the capitalised words (and inner "of", "and",
// "&", "upon", "on", "St") of a name, and returns where the name starts, without a
// leading "The" or linking word ("the CQC on Fenbury Hospital" names Fenbury Hospital).
func nameStart(i int, sw *sentWords) int {
	j := i
	for more := true; more && j > 0; {
		w := sw.orig(j - 1)
		switch {
		case isCap(w) && !titleWord(w):
			j--
		case (w == "of" || w == "and" || w == "&" || w == "upon" || w == "on") && j-2 >= 0 && isCap(sw.orig(j-2)) && j < i:
			j--
		case w == "'s" && j-2 >= 0 && isCap(sw.orig(j-2)):
			j-- // "St Anne's Primary School"
		default:
			more = false
		}
	}
	for j < i && (sw.word(j) == "the" || sw.word(j) == "of" || sw.word(j) == "and" || sw.word(j) == "on" || sw.word(j) == "upon" || sw.word(j) == "&") {
		j++
	}
	return j
}

// titleWord reports capitalised words that start a sentence or a title rather than a
// name: "Inspectors", "Council" leader…, months, weekdays.
func titleWord(w string) bool {
	var buf [64]byte
	l := string(norm.AppendLower(buf[:0], w)) // (not kept: a short word is copied on the stack)
	if !titleFilter.mayHold(l) {
		return false // (most words, spared two map lookups and the set's)
	}
	return calendar.Month(l) > 0 || calendar.FullWeekday(l) || titleWords.has(l)
}

// titleFilter lets through the words titleWord may hold: the title words, and every
// word of the calendar lexicon, where calendar reads the months and weekdays from.
var titleFilter = func() *wordFilter {
	ws := map[string]bool{}
	for w := range personWords["title words"] {
		ws[w] = true
	}
	for _, sec := range lexicon.Sections("calendar") {
		for _, l := range sec.Entries {
			for _, f := range strings.Fields(l) {
				ws[f] = true
			}
		}
	}
	return newWordFilter(ws)
}()

func isCap(w string) bool {
	if w != "" && w[0] < utf8.RuneSelf {
		return w[0] >= 'A' && w[0] <= 'Z' // what unicode.IsUpper says of an ASCII byte
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func sortMentions(ms []BodyMention) {
	slices.SortStableFunc(ms, func(a, b BodyMention) int { return a.Range.Start - b.Range.Start })
}
