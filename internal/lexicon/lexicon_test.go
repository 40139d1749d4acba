package lexicon

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// dataNames lists the data files as they are found, not as a list kept by hand, so
// that a file added by any package is checked too.
func dataNames(t *testing.T) []string {
	t.Helper()
	paths, err := fs.Glob(files, "data/*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no data files: %v", err)
	}
	var names []string
	for _, p := range paths {
		names = append(names, strings.TrimSuffix(strings.TrimPrefix(p, "data/"), ".txt"))
	}
	return names
}

// problems reports what is wrong with one file's entries: a bracketed line that does
// not close, an empty alternative in a "key: a | b" line, or, in a file of groups, an
// entry before the first group.
func problems(lines []string) []string {
	var out []string
	grouped := false
	for _, l := range lines {
		switch {
		case strings.HasPrefix(l, "[") != strings.HasSuffix(l, "]"):
			out = append(out, "unbalanced section line: "+l)
		case isSectionLine(l):
			grouped = true
		case strings.Contains(l, "|") && emptyAlternative(l):
			out = append(out, "empty alternative: "+l)
		}
	}
	if grouped {
		if _, err := sections(lines); err != nil {
			out = append(out, err.Error())
		}
	}
	return out
}

// emptyAlternative reports a "key: a | b" line with nothing between two bars or after
// the key.
func emptyAlternative(l string) bool {
	_, v, ok := strings.Cut(l, ":")
	if !ok {
		v = l
	}
	for _, a := range strings.Split(v, "|") {
		if strings.TrimSpace(a) == "" {
			return true
		}
	}
	return false
}

func TestEveryFileParses(t *testing.T) {
	for _, name := range dataNames(t) {
		lines := Lines(name)
		if len(lines) == 0 {
			t.Errorf("%s.txt: no entries", name)
		}
		for _, p := range problems(lines) {
			t.Errorf("%s.txt: %s", name, p)
		}
	}
}

func TestProblemsFound(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"[a]\nx\n[b]\ny: z\n", 0},
		{"x\n[a]\ny\n", 1},         // an entry before the first group
		{"[a\nx\n", 1},             // a section line that does not close
		{"[a]\nkey: x | | y\n", 1}, // an empty alternative
		{"# only\n\nx # y\n", 0},   // comments and blank lines are not entries
	} {
		if got := problems(entries(c.text)); len(got) != c.want {
			t.Errorf("problems(%q) = %q, want %d", c.text, got, c.want)
		}
	}
}

// TestEveryFileUsed checks that some package outside this one names every data file in
// a string literal, the way Lines, Set, Sections and SectionSets are called, so that a
// list nothing reads does not linger.
func TestEveryFileUsed(t *testing.T) {
	src := goSources(t, filepath.Join("..", ".."))
	for _, name := range dataNames(t) {
		if !strings.Contains(src, `"`+name+`"`) {
			t.Errorf("%s.txt is read by no package", name)
		}
	}
}

// goSources returns the text of every non-test Go file of the module outside this
// package, joined.
func goSources(t *testing.T, root string) string {
	t.Helper()
	self, _ := filepath.Abs(".")
	var b strings.Builder
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if abs, _ := filepath.Abs(p); abs == self || d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".") && p != root {
				return filepath.SkipDir
			}
			return nil
		}
		if strings.HasSuffix(p, ".go") && !strings.HasSuffix(p, "_test.go") {
			data, err := os.ReadFile(p)
			b.Write(data)
			return err
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if b.Len() == 0 {
		t.Fatal("no Go sources found")
	}
	return b.String()
}

// exclusive lists groups of lists that must not share an entry: each names a kind that
// rules out the others, so a word in two of them is read two ways. A list is a file
// ("findings_positive") or one section of one ("speaker_words[lay]"). Cue flags ("~",
// "=", "!", "+") are not part of an entry.
var exclusive = [][]string{
	{"findings_positive", "findings_failure", "findings_neutral"},
	{"speaker_words[report]", "speaker_words[inspectors]", "speaker_words[spokesperson]", "speaker_words[organisation]", "speaker_words[lay]"},
	{"bodies", "not_bodies"},
	{"roles", "public_roles"},
	{"public_roles", "journalist_roles"},
}

var listRef = regexp.MustCompile(`^([a-z0-9_]+)(?:\[(.+)\])?$`)

// listEntries returns the entries of a list named as exclusive names them, lower-cased
// and without cue flags.
func listEntries(t *testing.T, ref string) []string {
	t.Helper()
	m := listRef.FindStringSubmatch(ref)
	if m == nil {
		t.Fatalf("bad list name %q", ref)
	}
	lines := Lines(m[1])
	if m[2] != "" {
		lines = nil
		for _, s := range Sections(m[1]) {
			if s.Name == m[2] {
				lines = append(lines, s.Entries...)
			}
		}
		if lines == nil {
			t.Fatalf("%s: no such section", ref)
		}
	}
	for i, l := range lines {
		lines[i] = strings.ToLower(strings.TrimSpace(strings.TrimLeft(l, "~=!+ ")))
	}
	return lines
}

// conflicts returns each entry found in two of the lists, as "entry: list, list".
func conflicts(lists map[string][]string, order []string) []string {
	where := map[string]string{}
	var out []string
	for _, ref := range order {
		seen := map[string]bool{}
		for _, e := range lists[ref] {
			if seen[e] {
				continue
			}
			seen[e] = true
			if first, ok := where[e]; ok {
				out = append(out, e+": "+first+", "+ref)
				continue
			}
			where[e] = ref
		}
	}
	return out
}

func TestNoEntryInConflictingLists(t *testing.T) {
	for _, group := range exclusive {
		lists := map[string][]string{}
		for _, ref := range group {
			lists[ref] = listEntries(t, ref)
		}
		for _, c := range conflicts(lists, group) {
			t.Errorf("listed twice: %s", c)
		}
	}
}

func TestConflictsFound(t *testing.T) {
	lists := map[string][]string{"a": {"x", "y", "y"}, "b": {"z"}, "c": {"y"}}
	got := conflicts(lists, []string{"a", "b", "c"})
	if len(got) != 1 || got[0] != "y: a, c" {
		t.Errorf("conflicts = %q, want [y: a, c]", got)
	}
}

func TestSectionEntries(t *testing.T) {
	got := SectionEntries("official_orgs", "council-role")
	if len(got) == 0 || got[0] != "council" {
		t.Errorf("SectionEntries(official_orgs, council-role) = %q, want it to start with council", got)
	}
	defer func() {
		if recover() == nil {
			t.Error("SectionEntries of a missing section did not panic")
		}
	}()
	SectionEntries("official_orgs", "no such section")
}
