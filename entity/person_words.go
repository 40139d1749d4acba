package entity

import (
	"strings"

	"github.com/verdictnlp/verdict/internal/lexicon"
	"github.com/verdictnlp/verdict/text"
)

// The officials reader's word groups, read once from lexicon data person_words.txt.
var (
	personWords = lexicon.SectionSets("person_words")
	// titles are honorifics and ranks written before a name, with the gender they imply.
	titles = genderedTitles(personWords["titles"])
	// postNominals follow a name and are not part of it; the value is the role they give.
	postNominals = keyedValues(personWords["post-nominals"])
	// openers are the prepositions that, capitalised, open a sentence or a byline
	// before a name ("By Joanna Reeve"): never part of the name.
	openers = newStrSet(personWords["openers"])
	// notNames are capitalised words that are never part of a person's name.
	notNames = newStrSet(personWords["not names"])
	// bodyIntro are the words after which a capitalised run is a body a role belongs
	// to, not a person: "a spokesperson for Quillon Care said".
	bodyIntro = newStrSet(personWords["body intro"])
	// relativeVerb are the words of "who is", "who became", "who was appointed as".
	relativeVerb = newStrSet(personWords["relative verbs"])
	// orgNouns stand for an organisation in a possessive: "the council's leader".
	orgNouns = newStrSet(personWords["organisation nouns"])
	// roleStop are words that end a role read backwards from a name.
	roleStop = newStrSet(personWords["role stops"])
	// roleTitleWords make up capitalised role titles ("Director of Children's Services").
	roleTitleWords = newStrSet(personWords["role title words"])
	// asideVerb are words that open a clause, not a role, after a name and a comma.
	asideVerb = newStrSet(personWords["aside verbs"])
	// numberWords count the holders of a role: "six GP partners".
	numberWords = newStrSet(personWords["number words"])
	// speechVerbsAfter say that the name before them is speaking.
	speechVerbsAfter = newStrSet(personWords["speech after"])
	// orgLinks make the capitalised run after them an organisation, not a person.
	orgLinks = newStrSet(personWords["organisation links"])
	// determiners let an unknown word before a role head qualify it.
	determiners = newStrSet(personWords["determiners"])
	// copulas link a role as a subject to the names after it: "The inspectors were …".
	copulas = newStrSet(personWords["copulas"])
	// dashes set off an aside as commas do: "Ana Roe – chair of the board – said".
	dashes = newStrSet(personWords["dashes"])
	// roleVerbs give the role a verb in a relative clause names: "who chairs" a chair.
	roleVerbs = keyedValues(personWords["role verbs"])
	// titleWords open a sentence or a title rather than a name: "Inspectors", "Report".
	titleWords = newStrSet(personWords["title words"])
)

// wordFilter answers, for a word, that a set built once cannot hold it (most words
// the name readers test), or that it may: a bit for each word's length and first and
// last bytes. It spares those words the set's lookup, which was most of the readers'
// time; a word it lets through is still looked up, so no answer changes.
type wordFilter [64]uint64

func newWordFilter[V any](set map[string]V) *wordFilter {
	f := new(wordFilter)
	for w := range set {
		h := filterBit(w)
		f[h/64] |= 1 << (h % 64)
	}
	return f
}

func filterBit(w string) uint32 {
	x := uint32(len(w)) * 0x9e3779b1
	if w != "" {
		x ^= (uint32(w[0]) | uint32(w[len(w)-1])<<8) * 0x85ebca6b
	}
	return (x ^ x>>15) & 4095
}

// mayHold reports false for a word the set does not hold.
func (f *wordFilter) mayHold(w string) bool {
	h := filterBit(w)
	return f[h/64]&(1<<(h%64)) != 0
}

// isNeverName reports a word of neverNameWords.
func isNeverName(w string) bool { return neverFilter.mayHold(w) && neverSet.has(w) }

var (
	neverFilter = newWordFilter(neverNameWords)
	neverSet    = newStrSet(neverNameWords)
)

// neverNameWords are the words isNameWord turns down whatever their case: the not
// names, the openers, the post-nominals and the titles (with or without a full stop
// after them), in one set so that a capitalised word costs one lookup, not four.
var neverNameWords = func() map[string]bool {
	notNames, openers := personWords["not names"], personWords["openers"]
	m := make(map[string]bool, len(notNames)+len(openers)+len(postNominals)+2*len(titles))
	for _, set := range []map[string]bool{notNames, openers} {
		for w := range set {
			m[w] = true
		}
	}
	for w := range postNominals {
		m[w] = true
	}
	for t := range titles {
		// isNameWord asked titles[strings.TrimSuffix(w, ".")]: t+"." trims to t, and t
		// trims to itself unless it ends in a full stop.
		m[t+"."] = true
		if !strings.HasSuffix(t, ".") {
			m[t] = true
		}
	}
	return m
}()

// keyedValues splits "key: value" entries into a map; a bare entry maps to "".
func keyedValues(set map[string]bool) map[string]string {
	m := make(map[string]string, len(set))
	for e := range set {
		k, v, _ := strings.Cut(e, ":")
		m[strings.TrimSpace(k)] = strings.TrimSpace(v)
	}
	return m
}

// genderedTitles reads titles whose value is "male", "female" or none.
func genderedTitles(set map[string]bool) map[string]Gender {
	m := make(map[string]Gender, len(set))
	for k, v := range keyedValues(set) {
		switch v {
		case "male":
			m[k] = Male
		case "female":
			m[k] = Female
		default:
			m[k] = UnknownGender
		}
	}
	return m
}

// sentWords reads a sentence's k-th token (k counted from its first), "" outside the
// sentence, as text.Document.SentenceWords' readers do: as written (orig) and
// lower-cased (word). The name readers pass it to some twenty helpers that read words
// again and again, where its methods are inlined and SentenceWords' function values
// were called through, one call for each word read.
type sentWords struct {
	doc         *text.Document
	first, last int
}

func (s *sentWords) orig(k int) string { return s.doc.TokenIn(s.first+k, s.first, s.last) }
func (s *sentWords) word(k int) string { return s.doc.WordIn(s.first+k, s.first, s.last) }
