package entity

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/verdictnlp/verdict/internal/calendar"
	"github.com/verdictnlp/verdict/internal/lexicon"
	"github.com/verdictnlp/verdict/internal/phrase"
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
	notBodies      = lexicon.Set("not_bodies", true)
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
		ms = serviceMatcher.Find(s.Last-s.First, func(i int) string { return doc.Word(s.First + i) }, ms[:0])
		for _, m := range ms {
			out = append(out, ServiceMention{serviceNames[m.Value], text.Range{Start: toks[s.First+m.First].Start, End: toks[s.First+m.Last-1].End}})
		}
	}
	return out
}

// Bodies returns every mention of a named body, in order.
func Bodies(doc *text.Document) []BodyMention {
	var out []BodyMention
	toks := doc.Tokens()
	var heads, svcs []phrase.Match
	for _, s := range doc.Sentences() {
		n := s.Last - s.First
		word := func(i int) string {
			if i < 0 || i >= n {
				return ""
			}
			return doc.Word(s.First + i)
		}
		orig := func(i int) string { return doc.Slice(toks[s.First+i].Range) }
		rng := func(a, b int) text.Range { return text.Range{Start: toks[s.First+a].Start, End: toks[s.First+b-1].End} }
		heads = headMatcher.Find(n, word, heads[:0])
		svcs = serviceMatcher.Find(n, word, svcs[:0])
		used := make(map[int]bool)
		for _, h := range heads {
			if headCapital[h.Value] && !isCap(orig(h.First)) && !(word(h.First) == "council" && h.Last-h.First == 1) {
				continue // "a Brackmoor secondary school" describes; it does not name ("Harbury council" names)
			}
			first := nameStart(h.First, orig, word)
			if first == h.First {
				continue // a head noun alone: "the council", "the school"
			}
			last := ofPlace(h.Last, n, orig, word)
			name := doc.Slice(rng(first, last))
			if notBodies[strings.ToLower(name)] {
				continue
			}
			m := BodyMention{Name: name, Kind: headKinds[h.Value], Range: rng(first, last)}
			// "Tameside MBC's children's services": the service named with it.
			if sv := serviceAt(svcs, h.Last, word); sv >= 0 {
				m.Service = serviceNames[svcs[sv].Value]
				used[sv] = true
			}
			out = append(out, m)
		}
		// A name with an aside that says what it is: "Hafan Deg, a 34-bed home on the
		// edge of the village", "Fernhill, the town's largest primary school".
		for i := 0; i+3 < n; i++ {
			if word(i) != "," || (word(i+1) != "a" && word(i+1) != "an" && word(i+1) != "the") {
				continue
			}
			a := nameStart(i, orig, word)
			if i-a < 1 || len(out) > 0 && out[len(out)-1].Range == rng(a, i) {
				continue // no name, or one the head nouns found already
			}
			for k := i + 2; k < n && k <= i+7 && word(k) != "," && word(k) != "."; k++ {
				if word(k+1) == "'s" || word(k+1) == "'" {
					break // "Orla Vance, the council's deputy director of education": a person
				}
				if kind, ok := commonHeads[word(k)]; ok {
					name := doc.Slice(rng(a, i))
					if !notBodies[strings.ToLower(name)] {
						out = append(out, BodyMention{Name: name, Kind: kind, Range: rng(a, i)})
					}
					break
				}
			}
		}
		// Prisons are named after their prefix: "HMP Wendlebury", "HMYOI Brackenhurst".
		for i := 0; i+1 < n; i++ {
			if w := orig(i); (w == "HMP" || w == "HMYOI" || w == "HMPYOI") && isCap(orig(i+1)) {
				j := i + 1
				for j < n && isCap(orig(j)) {
					j++
				}
				out = append(out, BodyMention{Name: doc.Slice(rng(i, j)), Kind: PrisonBody, Range: rng(i, j)})
			}
		}
		// "Tameside's children's services", "Ambleford children's services",
		// "children's services in Kestermoor": a place and its service.
		for k, sv := range svcs {
			if used[k] {
				continue
			}
			j := sv.First
			if word(j-1) == "'s" || word(j-1) == "'" {
				j--
			}
			first := nameStart(j, orig, word)
			if first < j && !titleWord(orig(first)) {
				name := doc.Slice(rng(first, j))
				if !notBodies[strings.ToLower(name)] {
					out = append(out, BodyMention{Name: name, Kind: OtherBody, Service: serviceNames[sv.Value], Range: rng(first, j)})
					continue
				}
			}
			if word(sv.Last) == "in" || word(sv.Last) == "at" {
				a := sv.Last + 1
				b := a
				for b < n && isCap(orig(b)) {
					b++
				}
				if b > a {
					out = append(out, BodyMention{Name: doc.Slice(rng(a, b)), Kind: OtherBody, Service: serviceNames[sv.Value], Range: rng(a, b)})
				}
			}
		}
	}
	sortMentions(out)
	return out
}

// ofPlace returns the end of a name whose head noun is followed by "of" and a
// capitalised place ("Wyvern Hospitals of East Marlshire"): the place is part of the
// name. A lower-case word, a sentence's end or nothing capitalised after "of" leaves the
// name ending at i.
func ofPlace(i, n int, orig, word func(int) string) int {
	if word(i) != "of" || i+1 >= n || !isCap(orig(i+1)) || titleWord(orig(i+1)) {
		return i
	}
	j := i + 1
	for j < n && isCap(orig(j)) {
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
func serviceAt(svcs []phrase.Match, i int, word func(int) string) int {
	if word(i) == "'s" || word(i) == "'" {
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
func nameStart(i int, orig func(int) string, word func(int) string) int {
	j := i
	for more := true; more && j > 0; {
		w := orig(j - 1)
		switch {
		case isCap(w) && !titleWord(w):
			j--
		case (w == "of" || w == "and" || w == "&" || w == "upon" || w == "on") && j-2 >= 0 && isCap(orig(j-2)) && j < i:
			j--
		case w == "'s" && j-2 >= 0 && isCap(orig(j-2)):
			j-- // "St Anne's Primary School"
		default:
			more = false
		}
	}
	for j < i && (word(j) == "the" || word(j) == "of" || word(j) == "and" || word(j) == "on" || word(j) == "upon" || word(j) == "&") {
		j++
	}
	return j
}

// titleWord reports capitalised words that start a sentence or a title rather than a
// name: "Inspectors", "Council" leader…, months, weekdays.
func titleWord(w string) bool {
	l := strings.ToLower(w)
	if calendar.Month(l) > 0 || calendar.FullWeekday(l) {
		return true
	}
	switch l {
	case "inspectors", "ofsted", "oftsed", "cqc", "hmicfrs", "hmic", "a", "an", "in", "at", "on", "for",
		"when", "while", "after", "before", "since", "its", "their", "his", "her", "this", "that",
		"cllr", "coun", "councillor", "mr", "mrs", "ms", "dr", "sir", "dame", "prof", "professor",
		"leader", "chief", "director", "headteacher", "head", "principal", "executive", "mp", "msp", "ms.",
		"inspection", "report", "review", "visit", "letter", "summary", "outcome", "outcomes", "re-inspection",
		"today", "yesterday", "however", "meanwhile", "but", "and":
		return true
	}
	return false
}

func isCap(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func sortMentions(ms []BodyMention) {
	slices.SortStableFunc(ms, func(a, b BodyMention) int { return a.Range.Start - b.Range.Start })
}
