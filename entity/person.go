package entity

import (
	"iter"
	"strings"
	"unicode/utf8"

	"github.com/verdictnlp/verdict/internal/lexicon"
	"github.com/verdictnlp/verdict/internal/norm"
	"github.com/verdictnlp/verdict/text"
)

// Gender is what a name, title or pronoun says of a person, for resolving "he" and
// "she"; Unknown when nothing does.
type Gender uint8

const (
	UnknownGender Gender = iota // nothing in the text says
	Male                        // a title, name or pronoun says male
	Female                      // a title, name or pronoun says female
)

// PersonMention is a place a document names a person: "Council leader Gerald
// Cooney", "Cllr Farley", "Sir Michael Wilshaw CBE".
type PersonMention struct {
	Range      text.Range // the name, with any title before it
	Name       string     // the name without title or post-nominals: "Gerald Cooney", "Farley"
	First      string     // the given name, "" when only a surname is given
	Surname    string
	Title      string // "Cllr", "Mr", "Sir", … as written, "" when none
	Gender     Gender
	Role       string // lower case, as the text words it; "" when the text gives none here
	Org        string // the organisation the role is in, when named with it
	Public     bool   // a member of the public: a parent, a resident, a patient
	Journalist bool   // the author of the coverage: a byline, a correspondent
}

var (
	firstNames  = loadFirstNames()
	roleHeads   = newStrSet(lexicon.Set("roles", true))
	publicRoles = newStrSet(lexicon.Set("public_roles", true))
	pressRoles  = newStrSet(lexicon.Set("journalist_roles", true))
	// roleModifiers qualify a role before its head: "former", "acting", "substantive".
	roleModifiers = newStrSet(lexicon.Set("role_modifiers", true))
	stopwords     = newStrSet(lexicon.Set("stopwords", true))
	// predicateVerbs give a role with "as" after them: "took over as", "stepped in as".
	predicateVerbs = newStrSet(lexicon.Set("role_predicates", true))
	// timeNouns name a stretch of time, never a role's qualifier: "last week Director …".
	timeNouns = newStrSet(lexicon.Set("time_nouns", true))
)

func loadFirstNames() map[string]Gender {
	m := map[string]Gender{}
	for _, l := range lexicon.Lines("first_names") {
		n, g, _ := strings.Cut(l, " ")
		if g == "F" {
			m[n] = Female
		} else {
			m[n] = Male
		}
	}
	return m
}

// People returns every mention of a named person in doc, in order, on the rules
// alone (or with the tagger UseTagger set).
func People(doc *text.Document) []PersonMention {
	return PeopleWith(doc, Options{Tagger: legacyTagger})
}

// PeopleWith is People with options: o.Tagger, when set, decides the names the rules
// cannot place on their lists.
func PeopleWith(doc *text.Document, o Options) []PersonMention {
	var out []PersonMention
	for m := range personMentions(doc, o) {
		out = append(out, m)
	}
	return out
}

// personMentions yields what PeopleWith returns, one mention at a time, for a caller
// that reads each once (GatherPeople) and so needs no slice of them all.
func personMentions(doc *text.Document, o Options) iter.Seq[PersonMention] {
	return func(yield func(PersonMention) bool) {
		var prevRole, prevOrg string // the role of the mention yielded last
		toks := doc.Tokens()
		for _, s := range doc.Sentences() {
			n, sw := s.Last-s.First, &sentWords{doc: doc, first: s.First, last: s.Last}
			rng := func(a, b int) text.Range {
				return text.Range{Start: int(toks[s.First+a].Start), End: int(toks[s.First+b-1].End)}
			}
			tagged := func(a, b int) bool {
				return o.Tagger != nil && o.Tagger.properNouns(doc, toks, s.First, s.Last, a, b)
			}
			check := nameCheck{tagged: tagged, confirm: func(a, b int) bool { return o.Tagger == nil || tagged(a, b) },
				text: func(a, b int) string { return doc.Slice(rng(a, b)) }}
			prevEnd, plural := -1, false // the last name of the sentence, and whether a plural role covers it
			sentToks := toks[s.First:s.Last]
			// nextCapPair is personAt's first test, without building its mention.
			for i := nextCapPair(doc, sentToks, 0); i < n; i = nextCapPair(doc, sentToks, i+1) {
				shared := plural && sharesRole(prevEnd, i, sw)
				m, end, ok := personAt(i, n, sw, check, shared)
				if !ok {
					continue
				}
				m.Range = rng(i, end)
				fillRole(&m, i, end, n, sw)
				if shared && m.Role == "" {
					m.Role, m.Org = prevRole, prevOrg
				}
				_, _, subjPlural := roleSubject(i, sw)
				plural = m.Role != "" && (shared || pluralRoleBefore(i, sw) || subjPlural)
				if !yield(m) {
					return
				}
				prevRole, prevOrg = m.Role, m.Org
				prevEnd, i = end, end-1
			}
		}
	}
}

// nextCapPair returns the first of toks from i on that isCap holds for, and for the
// token after it, or len(toks). personAt finds no name at a capital with none after
// it: each of its rules reads a title, a rank or a name word at the next token, and
// every one of those, and every surname word, is capitalised
// (TestNameRulesNeedTwoCapitals), so it is not asked there. Most tokens start with an
// ASCII byte that is no capital, and the loop passes them reading that byte alone,
// without a call for each token.
func nextCapPair(doc *text.Document, toks []text.Token, i int) int {
	txt := doc.Text()
	prev := false // isCap of token i-1, from i on
	for ; i < len(toks); i++ {
		t := toks[i]
		capital := false
		if t.End > t.Start { // (isCap("") is false)
			if c := txt[t.Start]; c < utf8.RuneSelf {
				capital = c-'A' < 26
			} else {
				capital = isCap(txt[t.Start:t.End])
			}
		}
		if capital && prev {
			return i - 1
		}
		prev = capital
	}
	return len(toks)
}

// nameCheck asks the tagger about tokens [a, b) of a sentence: tagged reports that it
// reads them as proper nouns (false with no tagger); confirm is tagged, or true with no
// tagger, for the runs the rules alone may place.
type nameCheck struct {
	tagged, confirm func(a, b int) bool
	text            func(a, b int) string // the text tokens [a, b) span
}

// personAt recognises a person's name starting at token i: a title and a name, a known
// given name and a surname, or two capitalised words followed by a speech verb.
// It returns the mention and the token after it.
// shared tells that a plural role before covers a name here ("councillors Ana Roe and
// Tom Hale").
func personAt(i, n int, sw *sentWords, check nameCheck, shared bool) (PersonMention, int, bool) {
	var m PersonMention
	w := sw.orig(i)
	if !isCap(w) {
		return m, 0, false // every title and name starts with a capital
	}
	w = strings.TrimSuffix(w, ".")
	cw := capWordOf(w)
	j := i
	if k, ok := rankRun(i, cw, sw); ok {
		m.Title = strings.Join(words(sw, i, k), " ")
		m.Role = strings.ToLower(m.Title)
		j = k
	} else if cw.title && isNameWord(sw.orig(i+1)) {
		m.Title, m.Gender = w, cw.titleGender
		j = i + 1
	} else if w == "Chief" && sw.orig(i+1) == "Constable" && isNameWord(sw.orig(i+2)) {
		m.Title, m.Role = "Chief Constable", "chief constable"
		j = i + 2
	} else if cw.first && nameWordAt(i+1, sw) && !isInitialOnly(sw.orig(i+1)) {
		m.Gender = cw.gender
	} else if !twoNameWords(i, w, sw) {
		return m, 0, false // every rule below needs a name word at i and one after it
	} else if shared && isNameWord(w) && nameWordAt(i+1, sw) && !isRoleWordLower(w) {
		// "councillors Ana Roe … and Tom Hale": the second name of a plural role.
	} else if isNameWord(w) && isNameWord(sw.orig(i+1)) && !isRoleWordLower(w) && (speechAfter(i+2, n, sw) || speechAfter(i+3, n, sw) && isNameWord(sw.orig(i+2))) && (i == 0 || !isCap(sw.orig(i-1)) || openers.has(sw.orig(i-1)) || IsRoleWord(sw.word(i-1))) && !publicRoles.has(sw.word(i)) && !bodyIntro.has(sw.orig(i-1)) {
		// "Xanthe Mbeki said": two capitalised words a speech verb follows.
	} else if e, ok := placedRun(i, n, sw); ok && check.confirm(i, e) {
		// "chief executive Ottilie Marsh", "Ferdia Lowe, chief nurse,": an unknown
		// given name that a role beside it places, when the tagger agrees.
	} else if e, ok := asideRun(i, n, sw); ok && check.tagged(i, e) {
		// "Ifeoluwa Tran (head of school)": a role set off after an unknown given
		// name, read only with the tagger.
	} else {
		return m, 0, false
	}
	k := j
	for k < n && k-j < 4 && (isNameWord(sw.orig(k)) || isInitial(sw.orig(k)) || k > j && nameWordAt(k, sw)) {
		k++
	}
	if k == j {
		return m, 0, false
	}
	nameEnd, k := postNominalsAt(j, k, n, sw, &m)
	if sw.word(i-1) == ":" && nameEnd-j > 2 && isLower(sw.orig(k)) {
		// A flattened form, "Principal: Mr Tolan Greaves Postcode of site:": the next
		// label's first word is not part of the name.
		nameEnd--
		k = nameEnd
	}
	m.Name = joinedName(j, nameEnd, sw, check.text)
	m.Surname = sw.orig(nameEnd - 1)
	if nameEnd-j > 1 {
		m.First = sw.orig(j)
		if m.Gender == UnknownGender {
			m.Gender = firstNames[m.First]
		}
	}
	return m, k, true
}

// twoNameWords reports a name word at i (as written, or w, its full stop trimmed) and
// a word that can continue a name after it: what the rules after personAt's lists all
// need, tested once instead of by each of them.
func twoNameWords(i int, w string, sw *sentWords) bool {
	o := sw.orig(i)
	return (isNameWord(o) || w != o && isNameWord(w)) && nameWordAt(i+1, sw)
}

// joinedName returns the words of tokens [a, b) joined by a space: the text they
// span, with no copy, when single spaces part them there (as they most often do).
func joinedName(a, b int, sw *sentWords, text func(a, b int) string) string {
	t := text(a, b)
	at := 0
	for e := a; e < b; e++ {
		w := sw.orig(e)
		if e > a {
			if at >= len(t) || t[at] != ' ' {
				return strings.Join(words(sw, a, b), " ")
			}
			at++
		}
		if !strings.HasPrefix(t[at:], w) {
			return strings.Join(words(sw, a, b), " ")
		}
		at += len(w)
	}
	if at != len(t) {
		return strings.Join(words(sw, a, b), " ")
	}
	return t
}

// postNominalsAt takes the post-nominals ("Sir Gordon Halsey CBE", "Jo Lane MP") off
// the end of the name run [j, k) and past it, giving m the role the first of them
// implies when it has none. It returns where the name ends and where the mention does.
func postNominalsAt(j, k, n int, sw *sentWords, m *PersonMention) (nameEnd, end int) {
	nameEnd = k
	for nameEnd > j+1 {
		if _, ok := postNominals[sw.orig(nameEnd-1)]; !ok {
			break
		}
		nameEnd--
	}
	for e := nameEnd; e < k; e++ {
		if r := postNominals[sw.orig(e)]; r != "" && m.Role == "" {
			m.Role = r
		}
	}
	for k < n {
		r, ok := postNominals[sw.orig(k)]
		if !ok {
			break
		}
		if r != "" && m.Role == "" {
			m.Role = r
		}
		k++
	}
	return nameEnd, k
}

// IsNameWord reports a capitalised word that can be part of a person's name.
func IsNameWord(w string) bool { return isNameWord(w) }

// IsPublicRole reports a lower-case word for a member of the public: "parent",
// "resident", "grandparent".
func IsPublicRole(w string) bool { return publicRoles.has(w) }

// IsRoleWord reports a lower-case word that heads or qualifies a role ("director",
// "executive", "interim").
func IsRoleWord(w string) bool { return roleHeads.has(w) || isRoleWordCap(w) }

// isNameWord reports a capitalised word that can be part of a name.
func isNameWord(w string) bool {
	if w == "" || !isCap(w) || isNeverName(w) {
		return false
	}
	// Not an acronym: a byte that is no capital letter (a capital is one byte, so
	// counting bytes counts what counting runes did), or a single letter.
	for i := 1; i < len(w); i++ {
		if c := w[i]; c < 'A' || c > 'Z' {
			return true
		}
	}
	return len(w) == 1 || w[0] < 'A' || w[0] > 'Z'
}

func isInitial(w string) bool { return len(w) == 2 && w[1] == '.' && isCap(w) }

func isInitialOnly(w string) bool { return len(w) == 1 }

func speechAfter(i, n int, sw *sentWords) bool {
	if i >= n {
		return false
	}
	if w := sw.word(i); w != "," {
		return speechVerbsAfter.has(w)
	}
	return sw.word(i+1) == "who" || sw.word(i+1) == "the" || roleHeads.has(sw.word(i+1)) || roleHeads.has(sw.word(i+2)) ||
		sw.word(i+1) == "said" || sw.word(i+1) == "told" || sw.word(i+1) == "added" || sw.word(i+1) == "warned"
}

// fillRole reads the role of the person named in tokens [i, end): before the name
// ("Council leader Gerald Cooney"), in an aside after it ("Jane Ash, chief executive of
// Borchester Trust, said") or before it ("Ofsted's chief inspector, Sir Ann Lee,"), or a
// bracketed party tag after a councillor's name.
func fillRole(m *PersonMention, i, end, n int, sw *sentWords) {
	if r, org := roleBefore(i, sw); r != "" && (m.Role == "" || m.Role == "chief constable") {
		m.Role, m.Org = r, org
		if r == "councillor" && sw.word(i-2) == "," {
			// "Leader of Brenlow Council, councillor Ann Lee,": the office before the comma.
			if r2, org2 := roleBefore(i-2, sw); r2 != "" {
				m.Role, m.Org = r2, org2
			}
		}
	}
	if strings.HasPrefix(m.Role, "former ") {
		// "Former chief executive of X Ana Roe has been appointed as director": the
		// appointment is the post the person holds now.
		if r, org := rolePredicate(end, n, sw); r != "" {
			m.Role, m.Org = r, org
		}
	}
	if m.Role == "" {
		if r, org, _ := roleSubject(i, sw); r != "" {
			m.Role, m.Org = r, org // "The inspectors on this visit were Ana Roe and …"
		}
	}
	if m.Role == "" || m.Role == "councillor" {
		if r, org := roleAppositive(end, n, sw); r != "" {
			m.Role, m.Org = r, org // "Maren Ostby the lead inspector wrote"
		} else if r, org := rolePredicate(end, n, sw); r != "" {
			m.Role, m.Org = r, org // "Graham Oduya took over as headteacher"
		} else if r, org := roleAside(end, n, sw); r != "" {
			m.Role, m.Org = r, org // "Ana Roe (headteacher)", "Ana Roe, 52, a governor,"
		}
	}
	if m.Role == "" && i >= 2 && sw.word(i-1) == "," {
		// "Ofsted's chief inspector, Sir Gordon Halsey,"
		if r, org := roleBefore(i-1, sw); r != "" {
			m.Role, m.Org = r, org
		}
	}
	if m.Role == "" && sw.word(i-1) == ":" {
		m.Role = roleLabelBefore(i, sw) // "Principal: Mr Tolan Greaves"
	}
	after := end
	if sw.word(after) == "(" {
		// "Councillor Ann Lee OBE (Labour, Millfield), lead member for children": the
		// party tag, then the aside.
		for after < n && sw.word(after) != ")" {
			after++
		}
		after++
	}
	if sw.word(after) == "," {
		if r, org := roleAfter(after+1, n, sw); r != "" && (m.Role == "" || len(m.Role) < 4) {
			m.Role, m.Org = r, org
		}
	}
	if m.Role == "" && (m.Title == "Cllr" || m.Title == "Coun" || m.Title == "Councillor") {
		m.Role = "councillor"
	}
	if m.Role == "" && sw.word(end) == "(" && (m.Title == "" || m.Title == "Cllr" || m.Title == "Coun" || m.Title == "Councillor") {
		m.Role = "councillor" // "Ann Lee (Lab, Denton North East)"
	}
	m.Public = m.Public || publicRole(m.Role)
	for w := range strings.FieldsSeq(m.Role) {
		if pressRoles.has(w) {
			m.Journalist = true
		}
	}
	if pressRoles.has(m.Role) || sw.word(i-1) == "by" && i == 1 {
		m.Journalist = true
	}
}

// possessorBefore reads the organisation whose possessive ends at token k, with the
// capitalised words of its name before it: "Sallowby Council's" gives "Sallowby
// Council", "the council's" gives "council".
func possessorBefore(k int, sw *sentWords) string {
	a := k
	for a > 0 && k-a < 3 && isCap(sw.orig(a)) && isCap(sw.orig(a-1)) && !isRoleWordCap(sw.orig(a-1)) && !titleWord(sw.orig(a-1)) && !openers.has(sw.orig(a-1)) {
		a--
	}
	return strings.Join(words(sw, a, k+1), " ")
}

// publicRole reports a role of a member of the public: one with a public word and no
// post's head ("parent", "local resident"); a "parent governor" holds a post.
func publicRole(r string) bool {
	public, post := false, false
	for w := range strings.FieldsSeq(r) {
		public = public || publicRoles.has(w)
		post = post || roleHeads.has(singular(w)) && !publicRoles.has(w)
	}
	return public && !post
}

// roleBefore reads a role that ends just before token i: "Council leader", "the
// council's deputy executive leader", "director of children's services".
func roleBefore(i int, sw *sentWords) (string, string) {
	if r, org := roleWithPlace(i, sw); r != "" {
		return r, org // "head of inspection in the south west, Ana Roe"
	}
	return roleWordsBefore(i, sw)
}

// roleWordsBefore reads the words of a role that ends just before token i, back to a
// word no role holds.
func roleWordsBefore(i int, sw *sentWords) (string, string) {
	j, end := i, i // the role is [j, end)
	org := ""
	unknown := 0 // lower-case words before the role that no list knows: one at most
	for j > 0 {
		w, o := sw.word(j-1), sw.orig(j-1)
		if w == ")" && j >= 3 && sw.word(j-3) == "(" && isAcronym(sw.orig(j-2)) {
			j -= 3 // "Police and Crime Commissioner (PCC) Jo Evans"
			continue
		}
		if (w == "'s" || w == "'") && j >= 2 && (isCap(sw.orig(j-2)) || orgNouns.has(sw.word(j-2))) && sw.orig(j-2) != "Majesty" && (orgNouns.has(sw.word(j-2)) || !isRoleWordCap(sw.orig(j-2))) {
			// A possessor names the organisation: "Ofsted's", "the council's" (but
			// "director of children's services" is all role).
			org = possessorBefore(j-2, sw)
			break
		}
		if w == "'s" || w == "'" {
			j--
			continue
		}
		if w == "of" || w == "for" || w == "and" || w == "&" || w == "-" {
			j--
			continue
		}
		if roleStop.has(w) || !isLetters(w) || numberWord(w) {
			break // "the two inspectors": a count is not part of the role
		}
		if !isCap(o) && !knownRoleWord(w) && !inComplement(j-1, sw) && (unknown > 0 || !modifierLike(w) || !modifierSlot(j-2, sw)) {
			break // "the mayor urged chief executive …": the role is what comes after
		}
		if !isCap(o) && !knownRoleWord(w) {
			unknown++
		}
		if isCap(o) && !roleHeads.has(singular(w)) && !isRoleWordCap(o) && !publicRoles.has(w) && !roleModifiers.has(w) {
			// A place or body after "for" or "of" in a role: "MP for Dunmoor East".
			k := j - 1
			for k > 0 && k > j-5 && (isCap(sw.orig(k-1)) || sw.word(k-1) == "'s" && isCap(sw.orig(k-2))) && !roleHeads.has(sw.word(k-1)) {
				k-- // "Dunmore Children's Services Trust": a possessive inside the body's name
			}
			if k > 1 && (sw.word(k-1) == "for" || sw.word(k-1) == "of") && roleHeads.has(sw.word(k-2)) {
				j = k - 1
				continue
			}
			if k > 1 && sw.word(k-1) == "at" && knownRoleWord(sw.word(k-2)) && org == "" {
				// "Cabinet member for education at Harbury Council": the body after "at"
				// is the organisation, not part of the role.
				org, end = strings.Join(words(sw, k, i), " "), k-1
				j = k - 1
				continue
			}
			break
		}
		j--
	}
	// The role runs from j to i; trim leading connectors and keep it only if a role
	// head ends it.
	for j < end && (sw.word(j) == "of" || sw.word(j) == "for" || sw.word(j) == "and" || sw.word(j) == "'s" || sw.word(j) == "-") {
		j++
	}
	hasHead := false
	var ws []string
	for k := j; k < end; k++ {
		w := sw.word(k)
		if w == "(" && k+2 < end && sw.word(k+2) == ")" {
			k += 2 // a bracketed acronym is not part of the role
			continue
		}
		if k == end-1 && (k == j || sw.word(k-1) != "of" && sw.word(k-1) != "for") {
			w = singular(w)
		}
		ws = append(ws, w)
		hasHead = hasHead || roleHeads.has(singular(sw.word(k))) || publicRoles.has(sw.word(k))
	}
	if !hasHead {
		return "", ""
	}
	return joinRole(ws), org
}

// isRoleWordCap reports capitalised words used in role titles ("Executive Member for
// Children and Families", "Director of Children's Services").
func isRoleWordCap(o string) bool { return lowerHas(&roleTitleWords, o) }

// isRoleWordLower is IsRoleWord(strings.ToLower(w)).
func isRoleWordLower(w string) bool { return lowerHas(&roleHeads, w) || lowerHas(&roleTitleWords, w) }

// lowerHas reports set.has(strings.ToLower(w)), lower-casing a word of up to 64 bytes
// on the stack: hasBytes copies nothing, where ToLower
// allocated a string for every capitalised word the name readers asked about.
func lowerHas(set *strSet, w string) bool {
	var buf [64]byte
	return set.hasBytes(norm.AppendLower(buf[:0], w))
}

// roleAfter reads a role in an aside that starts at token i and runs to a comma, a
// full stop or a speech verb: "chief executive of Calderbrook Trust", "the council's
// leader", "who is the cabinet member for children".
func roleAfter(i, n int, sw *sentWords) (string, string) {
	j := i
	if sw.word(j) == "who" {
		// "who is", "who became", "who was appointed as", "who took over as"
		j++
		for k := 0; k < 4 && relativeVerb.has(sw.word(j)); k++ {
			j++
		}
		if r, org := roleByVerb(j, n, sw); r != "" {
			return r, org // "who chairs the governors"
		}
	}
	if sw.word(j) == "one" && sw.word(j+1) == "of" {
		j += 2 // "one of the practice's six GP partners"
	}
	for j < n && (sw.word(j) == "the" || sw.word(j) == "a" || sw.word(j) == "an" || sw.word(j) == "its" || sw.word(j) == "their" || (sw.word(j) == "his" || sw.word(j) == "her") && sw.word(j+1) != "majesty") {
		j++
	}
	if asideVerb.has(sw.word(j)) {
		return "", "" // "Fiona Harland, would lead work to …": no aside
	}
	org := ""
	if k := possessiveRun(j, n, sw); k > j {
		org = strings.Join(words(sw, j, k), " ") // "Harrowby Council's cabinet member"
		j = k + 1
	}
	for j < n && (numberWord(sw.word(j)) || isDigitsWord(sw.word(j))) {
		j++
	}
	start := j
	end := j
	for end < n && end-start < 14 {
		w := sw.word(end)
		if w == "," || w == "." || w == ":" || w == ";" || w == "(" || w == ")" || dashes.has(w) || w == "said" || w == "told" || w == "who" || w == "which" || w == "and" && end+1 < n && isCap(sw.orig(end+1)) && !isRoleWordCap(sw.orig(end+1)) {
			break
		}
		if (w == "in" || w == "since" || w == "from" || w == "until" || w == "between") && end+1 < n && (isCap(sw.orig(end+1)) || isDigitsWord(sw.word(end+1))) {
			break // "director of children's services in May"
		}
		end++
	}
	// The role is the words up to its head; "of/at X" after a head names the organisation
	// when X is capitalised, and so does "at X" after the head's complement ("cabinet
	// member for education at Wexcombe Council").
	head, last := -1, end
	for k := start; k < end && last == end; k++ {
		if roleHeads.has(singular(sw.word(k))) {
			head = k
			if o, ok := orgAfter(k+1, end, sw); ok && (sw.word(k+1) == "of" || sw.word(k+1) == "at") {
				org, last = o, k+1
			}
		} else if o, ok := orgAfter(k, end, sw); ok && head >= 0 && sw.word(k) == "at" {
			org, last = o, k
		}
	}
	if head < 0 {
		return "", ""
	}
	if head-start > 6 {
		return "", "" // no role opens this aside
	}
	ws := make([]string, 0, last-start)
	for k := start; k < last; k++ {
		w := sw.word(k)
		if k == head && (k == start || sw.word(k-1) != "of" && sw.word(k-1) != "for") {
			w = singular(w)
		}
		ws = append(ws, w)
	}
	return joinRole(ws), org
}

// orgAfter reads an organisation named after "of" or "at" at k, up to end: a
// capitalised run that is not a role title's ("of Children's Services"), with any "the"
// before it dropped.
func orgAfter(k, end int, sw *sentWords) (string, bool) {
	if k+1 >= end || sw.word(k) != "of" && sw.word(k) != "at" {
		return "", false
	}
	if isCap(sw.orig(k+1)) && !isRoleWordCap(sw.orig(k+1)) || sw.word(k+1) == "the" && isCap(sw.orig(k+2)) {
		return strings.TrimPrefix(strings.Join(words(sw, k+1, end), " "), "the "), true
	}
	return "", false
}

func numberWord(w string) bool { return numberWords.has(w) }

func isDigitsWord(w string) bool {
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return w != ""
}

func words(sw *sentWords, a, b int) []string {
	var out []string
	for k := a; k < b; k++ {
		out = append(out, sw.orig(k))
	}
	return out
}

// joinRole joins role words, with no space before a possessive.
func joinRole(ws []string) string {
	var b strings.Builder
	n := len(ws)
	for _, w := range ws {
		n += len(w)
	}
	b.Grow(n) // one allocation, where growing by each word took several
	for i, w := range ws {
		if i > 0 && w != "'s" && w != "'" {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}

func singular(w string) string {
	if strings.HasSuffix(w, "s") && roleHeads.has(w[:len(w)-1]) {
		return w[:len(w)-1]
	}
	return w
}

func isLetters(w string) bool {
	for _, r := range w {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '-' || r == '\'') {
			return false
		}
	}
	return w != ""
}

// placedRun reports two or three capitalised words at i that a role places as a
// person's name although no rule knows the first: a role just before ("chief executive
// Ottilie Marsh", "Principal: Ifor Bevan"), or after a comma ("the cabinet member,
// Brannoc Iddle,"; "Ferdia Lowe, chief nurse,"). It returns the token after the run.
func placedRun(i, n int, sw *sentWords) (int, bool) {
	if !isNameWord(sw.orig(i)) || !nameWordAt(i+1, sw) || IsRoleWord(sw.word(i)) || publicRoles.has(sw.word(i)) {
		return 0, false
	}
	if i > 0 && isCap(sw.orig(i-1)) && !openers.has(sw.orig(i-1)) && !IsRoleWord(sw.word(i-1)) && !(i == 1 && notNames.has(sw.orig(0))) && !bodyThenName(i, sw) {
		return 0, false // inside a longer capitalised run: a body, a place
	}
	e := i + 2
	if isNameWord(sw.orig(e)) && !IsRoleWord(sw.word(e)) {
		e++
	}
	if isCap(sw.orig(e)) && !IsRoleWord(sw.word(e)) || (sw.word(e) == "'s" || sw.word(e) == "'") && isCap(sw.orig(e+1)) {
		return 0, false // the run goes on into a body's name: "Harrowgate Family Trust", "Dunmore Children's Services"
	}
	switch {
	case roleLabelBefore(i, sw) != "":
		return e, true
	case sw.word(e) == ",":
		r, _ := roleAfter(e+1, n, sw)
		return e, r != ""
	}
	if r, _ := roleAppositive(e, n, sw); r != "" {
		return e, true
	}
	if r, _ := rolePredicate(e, n, sw); r != "" {
		return e, true
	}
	if r, _, _ := roleSubject(i, sw); r != "" {
		return e, true // "The inspectors were Ana Roe and …"
	}
	return 0, false
}

// asideRun reports a run at i of two or three capitalised words, none a role word, that
// a role set off by a bracket, a dash, an age or a copula follows: "Ifeoluwa Tran –
// head of school –". These shapes also follow a headline's or a body's words, so such
// a run is a name only when the tagger reads it as proper nouns.
func asideRun(i, n int, sw *sentWords) (int, bool) {
	if !isNameWord(sw.orig(i)) || !isNameWord(sw.orig(i+1)) || IsRoleWord(sw.word(i)) || IsRoleWord(sw.word(i+1)) || publicRoles.has(sw.word(i)) {
		return 0, false
	}
	if i > 0 && isCap(sw.orig(i-1)) && !openers.has(sw.orig(i-1)) {
		return 0, false
	}
	e := i + 2
	if isNameWord(sw.orig(e)) && !IsRoleWord(sw.word(e)) {
		e++
	}
	r, _ := roleAside(e, n, sw)
	return e, r != ""
}

// bodyThenName reports a name at i right after a body's name that a role before
// governs: "former chief executive of Harrowgate Family Trust Delphine Oakes".
func bodyThenName(i int, sw *sentWords) bool {
	if !orgNouns.has(sw.word(i - 1)) {
		return false
	}
	r, _ := roleBefore(i, sw)
	return r != ""
}

// roleAppositive reads a role set after a name with no comma, "the" and a role whose
// head a verb or a comma follows: "Maren Ostby the lead inspector wrote", "Tam Eyre
// the deputy manager thanked staff".
func roleAppositive(e, n int, sw *sentWords) (string, string) {
	if sw.word(e) != "the" {
		return "", ""
	}
	head := -1
	for k := e + 1; k < n && k < e+7; k++ {
		w := sw.word(k)
		if roleHeads.has(singular(w)) {
			head = k
			continue
		}
		if head >= 0 && !knownRoleWord(w) || !isCap(sw.orig(k)) && !knownRoleWord(w) && !modifierLike(w) {
			break
		}
	}
	if head < 0 || head+1 < n && (sw.word(head+1) == "of" || sw.word(head+1) == "for") {
		return "", "" // "the head of English" needs the aside reader, not this one
	}
	return joinRole(lowerWords(sw, e+1, head+1)), ""
}

// rolePredicate reads a role a verb gives a name after it: "took over as headteacher",
// "stepped in as acting director of children's services", "has been appointed as
// director", "has led the college as interim principal".
func rolePredicate(e, n int, sw *sentWords) (string, string) {
	for k := e; k < n && k < e+8; k++ {
		w := sw.word(k)
		if w == "," || w == "." || w == ";" || w == ":" || w == "said" || w == "told" {
			return "", ""
		}
		if w == "as" && predicateBefore(e, k, sw) {
			r, org := roleAfter(k+1, n, sw)
			return trimRole(r), org
		}
	}
	return "", ""
}

// predicateBefore reports a predicate verb among the three words before "as" at k,
// after the name ending at e.
func predicateBefore(e, k int, sw *sentWords) bool {
	for j := k - 1; j >= e && j >= k-3; j-- {
		if predicateVerbs.has(sw.word(j)) {
			return true
		}
	}
	return false
}

// trimRole drops the words after a role's last role word: "acting director of
// children's services last month" -> "acting director of children's services".
func trimRole(r string) string {
	ws := strings.Fields(r)
	for len(ws) > 0 && !knownRoleWord(ws[len(ws)-1]) || len(ws) > 0 && (ws[len(ws)-1] == "of" || ws[len(ws)-1] == "for" || ws[len(ws)-1] == "and") {
		ws = ws[:len(ws)-1]
	}
	return strings.Join(ws, " ")
}

func lowerWords(sw *sentWords, a, b int) []string {
	ws := words(sw, a, b)
	for i, w := range ws {
		ws[i] = strings.ToLower(w)
	}
	return ws
}

// roleLabelBefore reads the role just before token i: written before the name
// ("headteacher Anwen Pryce"), before a comma ("cabinet member for children's services,
// Brannoc Iddle") or as a label before a colon ("Principal:", "Inspected by:").
func roleLabelBefore(i int, sw *sentWords) string {
	if orgLinks.has(sw.word(i - 1)) {
		return "" // "chief executive of Harrowdene Trust": the run is the organisation
	}
	if r, _ := roleBefore(i, sw); r != "" {
		return r
	}
	if i >= 2 && (sw.word(i-1) == "," || sw.word(i-1) == ":") {
		if r, _ := roleBefore(i-1, sw); r != "" {
			return r
		}
	}
	if sw.word(i-1) == ":" && sw.word(i-2) == "by" && strings.HasPrefix(sw.word(i-3), "inspect") {
		return "inspector"
	}
	return ""
}

func isLower(w string) bool { return w != "" && w[0] >= 'a' && w[0] <= 'z' }

// isAcronym reports a word of two or more capitals: "PCC", "DCS".
func isAcronym(w string) bool {
	if len(w) < 2 {
		return false
	}
	for _, r := range w {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// knownRoleWord reports a lower-case word the role lists know: a head, a qualifier, a
// public role, or a connector inside a role.
func knownRoleWord(w string) bool {
	return roleHeads.has(singular(w)) || isRoleWordCap(w) || publicRoles.has(w) || roleModifiers.has(w) ||
		w == "of" || w == "for" || w == "and" || w == "&" || w == "-" || w == "'s" || w == "'"
}

// modifierLike reports an unknown lower-case word that may qualify a role ("nursery
// manager", "finance director"): not a function word, not a verb's past form or a
// plural ("asked", "councillors").
func modifierLike(w string) bool {
	return !stopwords.has(w) && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "s") && len(w) > 2 && !timeNouns.has(w)
}

// modifierSlot reports whether the token at k, just before an unknown word in a role,
// lets that word be a noun qualifying the role: a determiner, a possessive, a
// capitalised word, a role word, punctuation or the start ("the nursery manager",
// "Ofsted's finance director"), not an adverb or a verb's subject ("inspectors now want
// headteacher …").
func modifierSlot(k int, sw *sentWords) bool {
	if k < 0 {
		return true
	}
	w := sw.word(k)
	if determiners.has(w) {
		return true
	}
	// A plural ("the governors expect headteacher …") is a verb's subject; a
	// capitalised word opening the sentence ("Last week Director …") is no qualifier.
	return isCap(sw.orig(k)) && k > 0 || knownRoleWord(w) && singular(w) == w || !isLetters(w)
}

// inComplement reports a word at k that lies in the complement of a role a few words
// before it: "chair of governing body", "head of school improvement".
func inComplement(k int, sw *sentWords) bool {
	for j := k - 1; j >= 1 && j >= k-3; j-- {
		w := sw.word(j)
		if w == "of" || w == "for" {
			return roleHeads.has(singular(sw.word(j - 1)))
		}
		if stopwords.has(w) && w != "and" {
			return false
		}
	}
	return false
}
