package eval

import (
	"strings"
	"unicode"

	"github.com/verdictnlp/verdict/entity"
	"github.com/verdictnlp/verdict/internal/norm"
	"github.com/verdictnlp/verdict/quote"
)

type (
	entityOfficial = entity.Official
	quoteQuote     = quote.Quote
)

func words(s string) []string {
	s = strings.ToLower(norm.String(s))
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '-' })
}

var subjectStop = map[string]bool{"council": true, "borough": true, "the": true}

// SubjectMatch reports whether two names of an inspected body match: lower-cased, with
// "council", "borough", "the" and punctuation removed, one contains the other.
func SubjectMatch(a, b string) bool {
	clean := func(s string) string {
		var out []string
		for _, w := range words(s) {
			w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "'")
			if !subjectStop[w] {
				out = append(out, w)
			}
		}
		return " " + strings.Join(out, " ") + " "
	}
	x, y := clean(a), clean(b)
	if strings.TrimSpace(x) == "" || strings.TrimSpace(y) == "" {
		return false
	}
	return strings.Contains(x, y) || strings.Contains(y, x)
}

var honorifics = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "miss": true, "mx": true, "dr": true, "prof": true, "professor": true,
	"sir": true, "dame": true, "lord": true, "lady": true, "cllr": true, "coun": true, "councillor": true,
	"rev": true, "revd": true, "obe": true, "cbe": true, "mbe": true, "qpm": true, "kc": true, "mp": true,
	"msp": true, "ms.": true, "ms'": true, "jr": true,
}

// postNominalWords are the honorifics written after a name.
var postNominalWords = map[string]bool{"obe": true, "cbe": true, "mbe": true, "qpm": true, "kc": true, "mp": true, "msp": true, "jr": true}

// NameMatch reports whether two person names match: same surname, and the same first
// name or first initial.
func NameMatch(a, b string) bool {
	strip := func(s string) []string {
		// Titles lead a name and post-nominals end it; a title's word inside a name
		// is part of it ("Gemma Lord").
		ws := words(s)
		for len(ws) > 0 && honorifics[ws[0]] {
			ws = ws[1:]
		}
		for len(ws) > 1 && honorifics[ws[len(ws)-1]] && postNominalWords[ws[len(ws)-1]] {
			ws = ws[:len(ws)-1]
		}
		return ws
	}
	x, y := strip(a), strip(b)
	if len(x) == 0 || len(y) == 0 || x[len(x)-1] != y[len(y)-1] {
		return false
	}
	if len(x) == 1 || len(y) == 1 {
		return false
	}
	return x[0] == y[0] || x[0][0] == y[0][0] && (len(x[0]) == 1 || len(y[0]) == 1)
}

// RoleMatch reports whether two roles match: equal after lower-casing, or one's words
// contain the other's.
func RoleMatch(gold, pred string) bool {
	g, p := words(gold), words(pred)
	if len(g) == 0 || len(p) == 0 {
		return len(g) == len(p)
	}
	has := func(big, small []string) bool {
		set := map[string]bool{}
		for _, w := range big {
			set[w] = true
		}
		for _, w := range small {
			if !set[w] {
				return false
			}
		}
		return true
	}
	return has(g, p) || has(p, g)
}

// looseEqual compares two service names word by word, singular and plural alike
// ("maternity service", "maternity services").
func looseEqual(a, b string) bool {
	norm := func(s string) string {
		ws := words(s)
		for i, w := range ws {
			ws[i] = strings.TrimSuffix(w, "s")
		}
		return strings.Join(ws, " ")
	}
	return norm(a) == norm(b)
}
