// Package corpus reads the project's corpus: the texts under testdata/corpus and their
// hand-written gold answers under testdata/gold (format: testdata/README.md).
package corpus

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"time"
)

// Case is one corpus text with its gold answer (nil when it has none).
type Case struct {
	Name string // the file name without .txt
	Path string
	Text string
	Gold *Gold
}

// Gold is the hand-written answer for one text.
type Gold struct {
	ReferenceDate string          `json:"reference_date"`
	Inspectorate  *string         `json:"inspectorate"`
	Subject       *GoldSubject    `json:"subject"`
	Judgements    []GoldJudgement `json:"judgements"`
	Dates         GoldDates       `json:"dates"`
	Officials     []GoldOfficial  `json:"officials"`
	Quotes        []GoldQuote     `json:"quotes"`
	Findings      []GoldFinding   `json:"findings"`
	Notes         string          `json:"notes"`
}

type GoldSubject struct {
	Name    string  `json:"name"`
	Service *string `json:"service"`
}

type GoldJudgement struct {
	Area    string `json:"area"`
	Grade   string `json:"grade"`
	Time    string `json:"time"`
	Year    *int   `json:"year"`
	Subject string `json:"subject"`
}

type GoldDate struct {
	Value string `json:"value"`
	End   string `json:"end"`
}

type GoldDates struct {
	Inspection         *GoldDate `json:"inspection"`
	Published          *GoldDate `json:"published"`
	PreviousInspection *GoldDate `json:"previous_inspection"`
}

type GoldOfficial struct {
	Name string  `json:"name"`
	Role *string `json:"role"`
	Org  *string `json:"org"`
}

type GoldQuote struct {
	Start       string `json:"start"`
	Speaker     string `json:"speaker"`
	SpeakerKind string `json:"speaker_kind"`
	Paragraphs  int    `json:"paragraphs"`
}

type GoldFinding struct {
	Polarity string `json:"polarity"`
	Key      string `json:"key"`
	Theme    string `json:"theme,omitempty"` // optional: what the finding is about (extract.Themes)
}

// Reference returns the gold reference date, if any.
func (g *Gold) Reference() (time.Time, bool) {
	if g == nil || g.ReferenceDate == "" {
		return time.Time{}, false
	}
	t, err := time.Parse("2006-01-02", g.ReferenceDate)
	return t, err == nil
}

// Dir returns the testdata directory of the module, found from this source file, so
// that tests in any package can read the corpus.
func Dir() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "testdata")
}

// LoadAll reads the project's own corpus and gold.
func LoadAll() ([]Case, error) {
	return Load(filepath.Join(Dir(), "corpus"), filepath.Join(Dir(), "gold"))
}

// Texts returns the project's corpus texts, for seeding fuzz targets; none when the
// corpus cannot be read.
func Texts() []string {
	cases, _ := LoadAll()
	out := make([]string, len(cases))
	for i, c := range cases {
		out[i] = c.Text
	}
	return out
}

// Load reads every NAME.txt in corpusDir, in name order, with goldDir/NAME.json when it
// exists. A gold file that does not parse is an error.
func Load(corpusDir, goldDir string) ([]Case, error) {
	paths, err := filepath.Glob(filepath.Join(corpusDir, "*.txt"))
	if err != nil {
		return nil, err
	}
	sort.Strings(paths)
	var cases []Case
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		c := Case{Name: strings.TrimSuffix(filepath.Base(p), ".txt"), Path: p, Text: string(b)}
		if goldDir != "" {
			gb, err := os.ReadFile(filepath.Join(goldDir, c.Name+".json"))
			switch {
			case err == nil:
				var g Gold
				dec := json.NewDecoder(strings.NewReader(string(gb)))
				dec.DisallowUnknownFields()
				if err := dec.Decode(&g); err != nil {
					return nil, fmt.Errorf("corpus: gold for %s: %w", c.Name, err)
				}
				c.Gold = &g
			case !os.IsNotExist(err):
				return nil, err
			}
		}
		cases = append(cases, c)
	}
	return cases, nil
}
