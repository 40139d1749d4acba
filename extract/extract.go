package extract

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/verdictnlp/verdict/entity"
	"github.com/verdictnlp/verdict/internal/norm"
	"github.com/verdictnlp/verdict/quote"
	"github.com/verdictnlp/verdict/rating"
	"github.com/verdictnlp/verdict/text"
)

// DefaultMaxInputSize is the largest input an Extractor accepts unless told otherwise.
const DefaultMaxInputSize = 64 << 20

// LargestInputSize is the largest input any Extractor accepts, whatever
// WithMaxInputSize says: the findings stage keeps its words' offsets in 32 bits, and
// the analysis text may run to three times the input (each byte that is no UTF-8
// becomes U+FFFD), so 1 GiB keeps every offset in range.
const LargestInputSize = 1 << 30

// ErrTooLarge is the error an input over the size limit gives, wrapped in a *SizeError.
var ErrTooLarge = errors.New("extract: input too large")

// SizeError reports an input over the Extractor's size limit.
type SizeError struct {
	Size, Limit int
}

func (e *SizeError) Error() string {
	return fmt.Sprintf("extract: input of %d bytes is over the limit of %d", e.Size, e.Limit)
}

// Unwrap lets errors.Is(err, ErrTooLarge) hold.
func (e *SizeError) Unwrap() error { return ErrTooLarge }

// ErrBinary is the error for an input that is not text: more than a
// third of its bytes are NULs, other control characters or invalid UTF-8. Such an input
// is a program, an image or text in another encoding (UTF-16 has a NUL in every
// other byte); decode text to UTF-8 before extracting from it.
var ErrBinary = errors.New("extract: input is binary, not UTF-8 text")

// isBinary reports whether more than a third of s is NULs, control characters other
// than white space, or bytes of invalid UTF-8. Text with a few stray ones passes.
func isBinary(s string) bool { return norm.Binary(s) }

// Part names one kind of result, for [WithParts].
type Part uint8

const (
	Judgements Part                                                 = 1 << iota // the inspectorate, the subject and the judgements
	Dates                                                                       // the dates and their roles
	Officials                                                                   // the named officials, their roles and organisations
	Quotes                                                                      // the quotations and their speakers (finds Officials too)
	Findings                                                                    // the inspectors' findings, positive and failure
	AllParts   = Judgements | Dates | Officials | Quotes | Findings             // every part: the default
)

type config struct {
	ref     time.Time
	parts   Part
	maxSize int
	people  entity.Options
}

// Option configures an Extractor.
type Option func(*config) error

// WithReferenceDate sets the day that relative dates ("today", "last month") in texts
// without a publication date are resolved against. Without it, such dates keep an
// unknown year.
func WithReferenceDate(t time.Time) Option {
	return func(c *config) error { c.ref = t; return nil }
}

// WithParts limits the Report to the given parts (default AllParts): the others are
// left empty. Each part comes out exactly as in a full run: the text is annotated as
// for any run (the people and the quoted stretches only when quotes or officials are
// wanted), then only the resolvers of the wanted parts run, with those they depend on
// (every part needs the judgements and the dates, officials the quotes for the
// pronouns that speak for them, findings the quotes), so asking for fewer parts saves
// only the work of the others.
func WithParts(p Part) Option {
	return func(c *config) error {
		if p == 0 || p&^AllParts != 0 {
			return fmt.Errorf("extract: invalid parts %#x", uint8(p))
		}
		c.parts = p
		return nil
	}
}

// WithMaxInputSize sets the largest input, in bytes, that Extract accepts.
func WithMaxInputSize(n int) Option {
	return func(c *config) error {
		if n <= 0 || n > LargestInputSize {
			return fmt.Errorf("extract: invalid max input size %d (it must be from 1 to %d)", n, LargestInputSize)
		}
		c.maxSize = n
		return nil
	}
}

// WithTagger turns off (or back on: the default) prose's part-of-speech tagger, which
// decides the names whose given name no list knows ("chief executive Ottilie Marsh",
// "Ifeoluwa Tran (head of school)"), tagging only a few words around each such name.
// On, such names with a role set off by a bracket, a dash, an age or "is the" are read
// too; off, the rules alone place them beside a plain role. The tagger's model loads
// (once per process, about 0.4 s) when a text first needs it.
func WithTagger(on bool) Option {
	return func(c *config) error {
		c.people.Tagger = nil
		if on {
			c.people.Tagger = entity.NewTagger()
		}
		return nil
	}
}

// Extractor turns texts into Reports. It is immutable once built and safe for
// concurrent use by many goroutines; each call keeps its own state.
type Extractor struct {
	cfg config
}

// New returns an Extractor with the given options.
func New(opts ...Option) (*Extractor, error) {
	e := &Extractor{cfg: config{parts: AllParts, maxSize: DefaultMaxInputSize, people: entity.Options{Tagger: entity.NewTagger()}}}
	for _, o := range opts {
		if err := o(&e.cfg); err != nil {
			return nil, err
		}
	}
	return e, nil
}

var defaultExtractor, _ = New()

// Extract runs an Extractor with the default options over input.
func Extract(input string) (*Report, error) { return defaultExtractor.Extract(input) }

// Extract returns the Report for input. Text with stray invalid UTF-8 or NUL bytes is
// accepted: invalid UTF-8 is read as U+FFFD with spans still indexing the original
// bytes. The errors are a *SizeError for an input over the limit and ErrBinary for one
// that is mostly not text.
func (e *Extractor) Extract(input string) (*Report, error) {
	return e.ExtractContext(context.Background(), input)
}

// ExtractContext is Extract that stops early, returning ctx.Err(), when ctx is done.
func (e *Extractor) ExtractContext(ctx context.Context, input string) (*Report, error) {
	if len(input) > e.cfg.maxSize {
		return nil, &SizeError{Size: len(input), Limit: e.cfg.maxSize}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if isBinary(input) {
		return nil, ErrBinary
	}
	doc, err := text.ParseContext(ctx, input)
	if err != nil {
		return nil, err
	}
	return e.fromDocument(ctx, doc)
}

// fromDocument runs the stages over a parsed input.
func (e *Extractor) fromDocument(ctx context.Context, doc *text.Document) (*Report, error) {
	run := closure(e.cfg.parts)
	ann := annotate(doc, &e.cfg, run&(Quotes|Officials) != 0)
	st := &state{annotations: ann, cfg: &e.cfg, report: newReport(doc), ctx: ctx}
	for _, s := range steps {
		if err := ctx.Err(); err != nil { // before the first step too: annotate may have stopped early
			return nil, err
		}
		if run&s.part != 0 {
			s.run(st)
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, err // a step stopped early: its report is incomplete
	}
	keepOnly(st.report, e.cfg.parts)
	return st.report, nil
}

func newReport(doc *text.Document) *Report {
	return &Report{
		Judgements:  []rating.Judgement{},
		Dates:       []Date{},
		Officials:   []entity.Official{},
		Quotes:      []quote.Quote{},
		Findings:    []Finding{},
		Boilerplate: append([]text.Span{}, doc.Boilerplate()...),
	}
}
