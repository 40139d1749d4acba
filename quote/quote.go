package quote

import (
	"fmt"

	"github.com/verdictnlp/verdict/text"
)

// SpeakerKind says what kind of source a quote is given to.
type SpeakerKind uint8

const (
	Unknown      SpeakerKind = iota // no speaker, or an unnamed one ("one parent said")
	Person                          // a named person
	Report                          // the inspection report ("the report read", "it said")
	Inspectors                      // the inspectors ("inspectors said")
	Inspectorate                    // the inspectorate as a body ("Ofsted said")
	Organisation                    // another organisation ("a council spokesperson said")
	numKinds
)

var kindNames = [numKinds]string{"unknown", "person", "report", "inspectors", "inspectorate", "organisation"}

func (k SpeakerKind) String() string {
	if k < numKinds {
		return kindNames[k]
	}
	return fmt.Sprintf("SpeakerKind(%d)", uint8(k))
}

// MarshalText gives the kind's lower-case name.
func (k SpeakerKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText reads a kind's lower-case name.
func (k *SpeakerKind) UnmarshalText(b []byte) error {
	for i, n := range kindNames {
		if n == string(b) {
			*k = SpeakerKind(i)
			return nil
		}
	}
	return fmt.Errorf("quote: unknown speaker kind %q", b)
}

// Quote is a passage of five or more words that reproduces what someone said or wrote.
// Its Span covers the quoted words from the first after the opening mark to the last
// before the closing one, across every paragraph of a quote that runs over several.
type Quote struct {
	Text        string      `json:"text"`
	Speaker     string      `json:"speaker"` // a person's or organisation's name; for Unknown the noun describing them ("parent") or ""
	SpeakerKind SpeakerKind `json:"speaker_kind"`
	Paragraphs  int         `json:"paragraphs"`
	Span        text.Span   `json:"span"`
}
