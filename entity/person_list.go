package entity

import (
	"strings"

	"github.com/verdictnlp/verdict/internal/lexicon"
)

var (
	// rankShort and rankFull are the words of an abbreviated rank: "Dpt Ch Cons".
	rankShort, rankFull = loadRanks()
	// capWords holds what the rank, title and given-name lists say of a word (its full
	// stop trimmed), so that a capitalised word opening a name costs one lookup.
	capWords = loadCapWords()
	// regionWords name a region a role may end with: "in the north west".
	regionWords = newStrSet(lexicon.Set("region_words", true))
	// surnameWords are common words that may still be a surname after a given name.
	surnameWords = newStrSet(lexicon.Set("surname_words", false))
)

func loadRanks() (map[string]bool, map[string]bool) {
	short, full := map[string]bool{}, map[string]bool{}
	for _, s := range lexicon.Sections("rank_abbreviations") {
		m := full
		if s.Name == "short" {
			m = short
		}
		for _, e := range s.Entries {
			m[e] = true
		}
	}
	return short, full
}

// capWord is what the lists say of a word written before or as a given name.
type capWord struct {
	rankShort, rankFull bool   // a word of an abbreviated rank
	title, first        bool   // a title; a given name
	titleGender, gender Gender // the gender the title or the given name implies
}

func loadCapWords() map[string]capWord {
	m := map[string]capWord{}
	set := func(w string, f func(*capWord)) {
		c := m[w]
		f(&c)
		m[w] = c
	}
	for w := range rankShort {
		set(w, func(c *capWord) { c.rankShort = true })
	}
	for w := range rankFull {
		set(w, func(c *capWord) { c.rankFull = true })
	}
	for w, g := range titles {
		set(w, func(c *capWord) { c.title, c.titleGender = true, g })
	}
	for w, g := range firstNames {
		set(w, func(c *capWord) { c.first, c.gender = true, g })
	}
	return m
}

var capFilter = newWordFilter(capWords)

// capWordOf returns what the lists say of w: capWords[w], looked up only when
// capFilter lets w through.
func capWordOf(w string) capWord {
	if !capFilter.mayHold(w) {
		return capWord{}
	}
	return capWords[w]
}

// rankRun reports a run of two or more rank words at i with one abbreviation among
// them, followed by a name: "Dpt Ch Cons Alys Brenner". It returns the token after
// the run. first is what the lists say of token i.
func rankRun(i int, first capWord, sw *sentWords) (int, bool) {
	k, short := i, false
	for c := first; k-i < 5 && (c.rankShort || c.rankFull); c = capWordOf(strings.TrimSuffix(sw.orig(k), ".")) {
		short = short || c.rankShort
		k++
	}
	return k, short && k-i >= 2 && isNameWord(sw.orig(k))
}

// nameWordAt reports a word at k that can continue a name begun at k-1: a name word,
// or a common word that is also a surname when nothing capitalised follows it.
func nameWordAt(k int, sw *sentWords) bool {
	w := sw.orig(k)
	if isNameWord(w) {
		return true
	}
	return surnameWords.has(w) && isNameWord(sw.orig(k-1)) && !isCap(sw.orig(k+1))
}

// placeTail reports a region that ends a role just before token i: "in the south
// west", "in the midlands". It returns the index of "in", or -1.
func placeTail(i int, sw *sentWords) int {
	k := i - 1
	for k >= 0 && i-1-k < 3 && (regionWords.has(sw.word(k)) || sw.word(k) == "-") {
		k--
	}
	if k == i-1 {
		return -1
	}
	if sw.word(k) == "the" {
		k--
	}
	if k < 1 || sw.word(k) != "in" {
		return -1
	}
	return k
}

// roleWithPlace reads a role that ends with a region before token i: "head of
// inspection in the north".
func roleWithPlace(i int, sw *sentWords) (string, string) {
	k := placeTail(i, sw)
	if k < 0 {
		return "", ""
	}
	r, org := roleBefore(k, sw)
	if r == "" {
		return "", ""
	}
	return r + " " + joinRole(lowerWords(sw, k, i)), org
}

// roleSubject reads a role that is the subject of a copula just before token i: "The
// inspectors on this visit were Ana Roe and …". It reports whether the role's head is
// plural, for the names joined to the first.
func roleSubject(i int, sw *sentWords) (string, string, bool) {
	if !copulas.has(sw.word(i - 1)) {
		return "", "", false
	}
	for k := i - 2; k >= 0 && k >= i-10; k-- {
		w := sw.word(k)
		if roleHeads.has(singular(w)) && sw.word(k+1) != "'s" && sw.word(k+1) != "'" {
			r, org := roleBefore(k+1, sw)
			return r, org, r != "" && singular(w) != w
		}
		if w != "the" && w != "a" && roleStop.has(w) || w == "," || w == ";" || w == ":" {
			break
		}
	}
	return "", "", false
}

// sharesRole reports a name at i that a plural role before the name ending at prevEnd
// also covers: "councillors Ana Roe from the Green group and Tom Hale from …",
// "inspectors were Ana Roe and Tom Hale". Only a short phrase with no clause may lie
// between.
func sharesRole(prevEnd, i int, sw *sentWords) bool {
	if prevEnd < 0 || sw.word(i-1) != "and" || i-1-prevEnd > 6 {
		return false
	}
	for k := prevEnd; k < i-1; k++ {
		w := sw.word(k)
		if w == "," || w == ";" || w == ":" || asideVerb.has(w) || speechAfter(k, k+1, sw) || copulas.has(w) {
			return false
		}
	}
	return true
}

// pluralRoleBefore reports a plural role head just before a name at i: "councillors
// Ana Roe …".
func pluralRoleBefore(i int, sw *sentWords) bool {
	w := sw.word(i - 1)
	return roleHeads.has(singular(w)) && singular(w) != w
}

// possessiveRun reports a capitalised run of up to four words at j that ends in a
// possessive (one word of any case, or a
// capitalised run), an organisation owning the role after it ("Harrowby Council's cabinet
// member"). It returns the index of the "'s", or j when there is none.
func possessiveRun(j, n int, sw *sentWords) int {
	if w := sw.word(j + 1); (w == "'s" || w == "'") && sw.orig(j) != "Majesty" {
		return j + 1 // "the council's leader"
	}
	for k := j; k < n && k < j+4; k++ {
		if (sw.word(k) == "'s" || sw.word(k) == "'") && k > j {
			if sw.orig(k-1) == "Majesty" {
				return j
			}
			return k
		}
		if !isCap(sw.orig(k)) {
			return j
		}
	}
	return j
}

// roleAside reads a role set off after a name at e by a bracket, a dash, an age
// between commas or a copula: "Ana Roe (headteacher)", "Ana Roe – chair of the trust
// board –", "Ana Roe, 52, a governor at the school,", "Ana Roe is the executive
// headteacher".
func roleAside(e, n int, sw *sentWords) (string, string) {
	switch w := sw.word(e); {
	case w == "(" && asideCloses(e, n, sw, ")") || dashes.has(w) && asideCloses(e, n, sw, w):
		return roleAfter(e+1, n, sw)
	case w == "," && isDigitsWord(sw.word(e+1)) && sw.word(e+2) == ",":
		return roleAfter(e+3, n, sw)
	case copulas.has(w) && (sw.word(e+1) == "the" || sw.word(e+1) == "a"):
		return copulaRole(e+2, n, sw), ""
	}
	return "", ""
}

// copulaRole reads the role words at k after "is the": "Ana Roe is the deputy manager
// and leads …" gives "deputy manager". A role word a possessive follows ("Larch Court is
// the manager's pride") is a possession, not a post.
func copulaRole(k, n int, sw *sentWords) string {
	var ws []string
	head := false
	for ; k < n && len(ws) < 8 && knownRoleWord(sw.word(k)) && sw.word(k) != "and" && sw.word(k) != "'s" && sw.word(k) != "'"; k++ {
		ws = append(ws, sw.word(k))
		head = head || roleHeads.has(singular(sw.word(k)))
	}
	if !head || sw.word(k) == "'s" || sw.word(k) == "'" {
		return ""
	}
	return trimRole(strings.Join(ws, " "))
}

// asideCloses reports an aside opened at e that closes with mark (a bracket's ")", a
// dash's own dash) or, for a dash, runs into a speech verb, within a dozen words and
// before the sentence ends: a headline's "Staff Morale – manager thanks team" does
// neither.
func asideCloses(e, n int, sw *sentWords, mark string) bool {
	for k := e + 1; k < n && k < e+14; k++ {
		w := sw.word(k)
		if w == mark || mark != ")" && speechVerbsAfter.has(w) {
			return true
		}
		if w == "." || w == ";" || w == "(" {
			return false
		}
	}
	return false
}

// roleByVerb reads a role given by a verb in a relative clause at j: "who chairs the
// governors" is the chair of the governors, "who heads Orrin Trust" the head of Orrin
// Trust. The verb's object, up to a comma or the clause's end, is what the role is of;
// a capitalised one is the organisation.
func roleByVerb(j, n int, sw *sentWords) (string, string) {
	head := roleVerbs[sw.word(j)]
	if head == "" {
		return "", ""
	}
	k := j + 1
	for k < n && k-j < 6 && isLetters(sw.word(k)) && !asideVerb.has(sw.word(k)) && sw.word(k) != "since" && sw.word(k) != "for" {
		k++
	}
	if k == j+1 {
		return "", ""
	}
	obj := words(sw, j+1, k)
	if o := strings.TrimPrefix(strings.Join(obj, " "), "the "); isCap(o) {
		return head, o // as "head of Orrin Trust" gives the head and its body
	}
	return head + " of " + joinRole(lowerWords(sw, j+1, k)), ""
}
