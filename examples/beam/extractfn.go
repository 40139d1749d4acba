package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/verdictnlp/verdict/extract"
	"github.com/verdictnlp/verdict/page"
)

var (
	reportCount = beam.NewCounter("verdict", "reports")
	deadCount   = beam.NewCounter("verdict", "dead_letters")
)

// counted wraps a dead-letter emitter so that each dead letter is also counted in the
// runner's metrics.
func counted(ctx context.Context, dead func(string)) func(string) {
	return func(line string) {
		deadCount.Inc(ctx, 1)
		dead(line)
	}
}

// extractFn extracts each Record with the worker's one Extractor and emits the
// Report's JSON line, a row per judgement, a row per failure finding, and dead letters.
type extractFn struct {
	Date    string // reference date YYYY-MM-DD, or ""
	MaxSize int
	Timeout time.Duration

	ex *extract.Extractor // built once per worker in Setup
}

// Setup builds the Extractor: Extractors are safe for concurrent use, and building one
// per element would waste the work of every bundle.
func (f *extractFn) Setup() error {
	opts := []extract.Option{extract.WithMaxInputSize(f.MaxSize)}
	if f.Date != "" {
		ref, err := time.Parse(time.DateOnly, f.Date)
		if err != nil {
			return fmt.Errorf("reference date %q: %v", f.Date, err)
		}
		opts = append(opts, extract.WithReferenceDate(ref))
	}
	ex, err := extract.New(opts...)
	f.ex = ex
	return err
}

func (f *extractFn) ProcessElement(ctx context.Context, r Record, reports, judgements, failures, dead func(string)) {
	dead = counted(ctx, dead)
	text, rep, err := f.extract(ctx, r)
	if err != nil {
		dead(deadLetter(r.Source, err.Error()))
		return
	}
	page := ""
	if r.HTML {
		page = text
	}
	line, err := reportLine(r.Source, page, rep)
	if err != nil {
		dead(deadLetter(r.Source, err.Error()))
		return
	}
	reportCount.Inc(ctx, 1)
	reports(line)
	for _, j := range rep.Judgements {
		judgements(judgementRow(rep, j))
	}
	for _, fd := range rep.Findings {
		if fd.Polarity == extract.Failure {
			failures(themeRow(rep, fd))
		}
	}
}

// extract gives the Report of a Record, and for a page the text its spans index. A
// panic is returned as an error, so that one bad input cannot fail the job.
func (f *extractFn) extract(ctx context.Context, r Record) (text string, rep *extract.Report, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("panic: %v", p)
		}
	}()
	text = r.Text
	if r.HTML {
		if text, err = page.Text(ctx, []byte(r.Text), f.MaxSize); err != nil {
			return "", nil, err
		}
	}
	ctx, cancel := context.WithTimeout(ctx, f.Timeout)
	defer cancel()
	rep, err = f.ex.ExtractContext(ctx, text)
	return text, rep, err
}

// sourced is the JSON line of a Report: its source, and for a page the article text
// the spans index, as the verdict command writes them.
type sourced struct {
	Source string `json:"source"`
	*extract.Report
	Text string `json:"text,omitempty"`
}

// reportLine is the JSON line of a Report; text is kept only for a page, whose spans
// index the article text rather than the input.
func reportLine(source string, page string, rep *extract.Report) (string, error) {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(sourced{Source: source, Report: rep, Text: page}); err != nil {
		return "", err
	}
	return strings.TrimSuffix(b.String(), "\n"), nil
}
