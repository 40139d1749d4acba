package rating

import "fmt"

// Inspectorate is a UK inspection body. Its text form is its canonical short name.
type Inspectorate uint8

const (
	NoInspectorate        Inspectorate = iota // none named or known
	OfstedBody                                // Office for Standards in Education, Children's Services and Skills
	CQCBody                                   // Care Quality Commission
	HMICFRSBody                               // HM Inspectorate of Constabulary (and Fire & Rescue Services); HMIC before 2017
	HMIPrisonsBody                            // HM Inspectorate of Prisons
	HMIProbationBody                          // HM Inspectorate of Probation
	CareInspectorateBody                      // the Care Inspectorate, Scotland
	EducationScotlandBody                     // Education Scotland
	CIWBody                                   // Care Inspectorate Wales
	EstynBody                                 // Estyn, Wales
	ISIBody                                   // Independent Schools Inspectorate
	numInspectorates
)

var inspectorateNames = [numInspectorates]string{
	"", "Ofsted", "CQC", "HMICFRS", "HMI Prisons", "HMI Probation", "Care Inspectorate",
	"Education Scotland", "Care Inspectorate Wales", "Estyn", "ISI",
}

func (i Inspectorate) String() string {
	if i < numInspectorates {
		return inspectorateNames[i]
	}
	return fmt.Sprintf("Inspectorate(%d)", uint8(i))
}

// MarshalText gives the canonical name.
func (i Inspectorate) MarshalText() ([]byte, error) { return []byte(i.String()), nil }

// UnmarshalText reads a canonical name.
func (i *Inspectorate) UnmarshalText(b []byte) error {
	for k, n := range inspectorateNames {
		if n == string(b) {
			*i = Inspectorate(k)
			return nil
		}
	}
	return fmt.Errorf("rating: unknown inspectorate %q", b)
}
