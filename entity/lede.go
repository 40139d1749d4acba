package entity

import (
	"iter"
	"slices"
	"strings"

	"github.com/verdictnlp/verdict/text"
)

// LedeRole is a role a sentence opens with, naming no one: "The leader of Brenlow
// Council has admitted …", "THE headteacher of a failing school said …". News writing
// names the holder in the paragraph after.
type LedeRole struct {
	Sentence int    // the index of the sentence in doc.Sentences()
	Role     string // lower case: "leader", "headteacher"
	Org      string // the organisation after "of" or "at" when capitalised, else ""
}

// LedeRoles returns the roles that open a paragraph's first sentence.
func LedeRoles(doc *text.Document) []LedeRole {
	return slices.Collect(ledeRolesOf(doc, func(int) bool { return true }))
}

// ledeRolesOf yields the roles that open a paragraph's first sentence, reading only
// the sentences want takes (a role is read word by word: a caller that needs only
// some sentences' spares the others).
func ledeRolesOf(doc *text.Document, want func(si int) bool) iter.Seq[LedeRole] {
	return func(yield func(LedeRole) bool) {
		sents := doc.Sentences()
		for si, s := range sents {
			if si > 0 && sents[si-1].Para == s.Para || !want(si) {
				continue // not the paragraph's first sentence, or not wanted
			}
			n, sw := s.Last-s.First, &sentWords{doc: doc, first: s.First, last: s.Last}
			if r, org, ok := openingRole(n, sw); ok && !yield(LedeRole{Sentence: si, Role: r, Org: org}) {
				return
			}
		}
	}
}

// openingRole reads "the ROLE (of|at ORG)" within the first words of a sentence, after
// nothing capitalised. The caller checks that the sentence names no one.
func openingRole(n int, sw *sentWords) (string, string, bool) {
	k := 0
	for k < n && k < 4 && sw.word(k) != "the" {
		if isCap(sw.orig(k)) || !plainLead(sw.word(k)) {
			return "", "", false // a name, or a quote mark: the role is someone's words
		}
		k++
	}
	if sw.word(k) != "the" {
		return "", "", false
	}
	j := k + 1
	var ws []string
	head := false
	for ; j < n && len(ws) < 6 && knownRoleWord(sw.word(j)) && sw.word(j) != "of" && sw.word(j) != "at" && sw.word(j) != "and"; j++ {
		ws = append(ws, sw.word(j))
		head = head || roleHeads.has(singular(sw.word(j)))
	}
	if !head || publicRole(strings.Join(ws, " ")) || singular(ws[len(ws)-1]) != ws[len(ws)-1] {
		// "The inspectors found …" speaks of a team, not one holder to name after.
		return "", "", false
	}
	org := ""
	if sw.word(j) == "of" || sw.word(j) == "at" {
		e := j + 1
		for e < n && e-j < 6 && (isCap(sw.orig(e)) || e > j+1 && (sw.word(e) == "of" || sw.word(e) == "and")) {
			e++
		}
		org = strings.TrimSpace(strings.TrimSuffix(strings.Join(words(sw, j+1, e), " "), " and"))
	}
	return strings.Join(ws, " "), org, true
}

// plainLead reports a word that may stand before a sentence's opening role: a
// lower-case word or a date's digits ("date 2024-03-05"), not a quote mark.
func plainLead(w string) bool {
	for _, r := range w {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r == '/') {
			return false
		}
	}
	return w != ""
}

// TitleLine reads a paragraph written as a role's title alone, as a signature's
// second line is ("HM Chief Inspector of Prisons", "Ofsted Inspector"): a few
// capitalised words and connectors with a role's head among them. It returns the
// role in lower case, or "".
func TitleLine(doc *text.Document, s text.Sentence) string {
	n := s.Last - s.First
	if n == 0 || n > 8 {
		return ""
	}
	toks := doc.Tokens()
	ws := make([]string, 0, n)
	head := false
	for k := s.First; k < s.Last; k++ {
		o, w := doc.Slice(toks[k].Range()), doc.Word(k)
		if !isCap(o) && w != "of" && w != "for" && w != "and" && w != "'s" {
			return ""
		}
		head = head || roleHeads.has(singular(w))
		ws = append(ws, w)
	}
	if !head {
		return ""
	}
	return joinRole(ws)
}
