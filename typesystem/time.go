package typesystem

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"reflect"
	"strconv"
	"strings"
	"time"
)

// Millis is a point in time as milliseconds since the Unix epoch, the form in
// which Egeria's Java client sends java.util.Date values. Optional dates are
// *Millis so that an absent date is omitted from JSON.
type Millis int64

// MillisOf converts t to epoch milliseconds.
func MillisOf(t time.Time) Millis { return Millis(t.UnixMilli()) }

// NewMillis returns a pointer to m, for optional date fields.
func NewMillis(m Millis) *Millis { return &m }

// Time converts m to a UTC time.Time.
func (m Millis) Time() time.Time { return time.UnixMilli(int64(m)).UTC() }

// String formats m as an ISO-8601 UTC timestamp with milliseconds.
func (m Millis) String() string { return m.Time().Format("2006-01-02T15:04:05.000Z07:00") }

// MarshalJSON writes m as a JSON integer.
func (m Millis) MarshalJSON() ([]byte, error) {
	return strconv.AppendInt(nil, int64(m), 10), nil
}

// UnmarshalJSON accepts epoch milliseconds as a JSON integer or as a string
// of digits, an ISO-8601 timestamp with "Z" or an offset and optional
// fraction, and a date-only "yyyy-MM-dd", which means midnight UTC. JSON null
// leaves m unchanged.
func (m *Millis) UnmarshalJSON(data []byte) error {
	data = bytes.TrimSpace(data)
	if isJSONNull(data) {
		return nil
	}
	if data[0] == '"' {
		var text string
		if err := json.Unmarshal(data, &text); err != nil {
			return dateError(string(data))
		}
		parsed, err := ParseMillis(text)
		if err != nil {
			return dateError(strconv.Quote(text))
		}
		*m = parsed
		return nil
	}
	parsed, ok := millisFromNumber(string(data))
	if !ok {
		return dateError(string(data))
	}
	*m = parsed
	return nil
}

func dateError(value string) error {
	return &json.UnmarshalTypeError{
		Value: fmt.Sprintf("date %s (use epoch milliseconds, an ISO-8601 timestamp or yyyy-MM-dd)", value),
		Type:  reflect.TypeOf(Millis(0)),
	}
}

// millisFromNumber parses a JSON number holding epoch milliseconds. Numbers
// written with a fraction or an exponent are accepted when their value is a
// whole number, because some JSON writers print large longs as 1.6E12.
func millisFromNumber(text string) (Millis, bool) {
	if n, err := strconv.ParseInt(text, 10, 64); err == nil {
		return Millis(n), true
	}
	f, err := strconv.ParseFloat(text, 64)
	if err != nil || f != math.Trunc(f) || math.Abs(f) > 1<<62 {
		return 0, false
	}
	return Millis(int64(f)), true
}

// isoLayouts are the timestamp layouts ParseMillis accepts, tried in order.
// time.Parse accepts a fraction of any length after the seconds even when the
// layout has none.
var isoLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04Z07:00",
	"2006-01-02",
}

// ParseMillis parses text as epoch milliseconds, as an ISO-8601 timestamp or
// as a date-only yyyy-MM-dd. A timestamp without a zone and a date-only value
// are taken as UTC.
func ParseMillis(text string) (Millis, error) {
	text = strings.TrimSpace(text)
	if m, ok := millisFromNumber(text); ok && text != "" {
		return m, nil
	}
	for _, layout := range isoLayouts {
		if t, err := time.Parse(layout, text); err == nil {
			return MillisOf(t), nil
		}
	}
	return 0, fmt.Errorf("parse date %q: use epoch milliseconds, an ISO-8601 timestamp such as 2024-05-01T10:00:00Z or a date such as 2024-05-01", text)
}
