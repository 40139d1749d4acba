// Package lexicon holds the project's word lists as embedded text files, one entry a
// line, grouped under comments that say where each group comes from. Rules read them
// through this package; they are not scattered through the code as literals.
package lexicon

import (
	"embed"
	"errors"
	"strings"
)

//go:embed data/*.txt
var files embed.FS

// Lines returns the entries of data/NAME.txt: every line with its comment ("# …" to the
// end of the line) and surrounding white space removed, blank lines skipped. It panics
// if the file is missing, which a test catches for every name the project uses.
func Lines(name string) []string {
	b, err := files.ReadFile("data/" + name + ".txt")
	if err != nil {
		panic("lexicon: " + err.Error())
	}
	return entries(string(b))
}

// entries reads the entries of a file's text, as Lines describes.
func entries(b string) []string {
	var out []string
	for _, l := range strings.Split(b, "\n") {
		if i := strings.Index(l, "#"); i >= 0 {
			l = l[:i]
		}
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// Set returns the entries of data/NAME.txt as a set, lower-cased when fold is true.
func Set(name string, fold bool) map[string]bool {
	m := make(map[string]bool)
	for _, l := range Lines(name) {
		if fold {
			l = strings.ToLower(l)
		}
		m[l] = true
	}
	return m
}

// Section is one group of a sectioned file: the entries under a "[name]" line.
type Section struct {
	Name    string
	Entries []string
}

// Sections returns the groups of data/NAME.txt, a file of entries under "[name]" lines,
// in file order. It panics on an entry before the first "[name]", as Lines does on a
// missing file.
func Sections(name string) []Section {
	out, err := sections(Lines(name))
	if err != nil {
		panic("lexicon: " + name + ".txt: " + err.Error())
	}
	return out
}

// sections groups a file's entries under its "[name]" lines.
func sections(lines []string) ([]Section, error) {
	var out []Section
	for _, l := range lines {
		if isSectionLine(l) {
			out = append(out, Section{Name: l[1 : len(l)-1]})
			continue
		}
		if len(out) == 0 {
			return nil, errors.New("entry before the first section")
		}
		out[len(out)-1].Entries = append(out[len(out)-1].Entries, l)
	}
	return out, nil
}

// isSectionLine reports a "[name]" line, which opens a group.
func isSectionLine(l string) bool {
	return len(l) > 2 && l[0] == '[' && l[len(l)-1] == ']'
}

// SectionEntries returns the entries of the group called section in data/NAME.txt, in
// file order (the groups of that name joined). It panics when there is none, as Lines
// does on a missing file.
func SectionEntries(name, section string) []string {
	var out []string
	found := false
	for _, s := range Sections(name) {
		if s.Name == section {
			out, found = append(out, s.Entries...), true
		}
	}
	if !found {
		panic("lexicon: " + name + ".txt: no section " + section)
	}
	return out
}

// SectionSets returns the groups of data/NAME.txt (as Sections reads them) as one set
// of entries per group name.
func SectionSets(name string) map[string]map[string]bool {
	m := make(map[string]map[string]bool)
	for _, s := range Sections(name) {
		if m[s.Name] == nil {
			m[s.Name] = make(map[string]bool)
		}
		for _, e := range s.Entries {
			m[s.Name][e] = true
		}
	}
	return m
}
