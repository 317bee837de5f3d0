package typesystem

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
)

// currentHeaderVersion is the headerVersion Egeria writes on every bean
// derived from its repository element header.
const currentHeaderVersion int64 = 1

// headerVersionOrCurrent substitutes the current header version for the zero
// value, so that beans built in Go without a header version are written as
// Egeria writes them.
func headerVersionOrCurrent(v int64) int64 {
	if v == 0 {
		return currentHeaderVersion
	}
	return v
}

// marshalWithClass encodes v, which must encode as a JSON object, and inserts
// "class":class as its first member. HTML characters are not escaped, which
// keeps names such as map<string,string> readable.
func marshalWithClass(class string, v any) ([]byte, error) {
	body, err := marshalNoEscape(v)
	if err != nil {
		return nil, err
	}
	if len(body) < 2 || body[0] != '{' {
		return nil, fmt.Errorf("encode %s: value is not a JSON object", class)
	}

	out := make([]byte, 0, len(body)+len(class)+12)
	out = append(out, `{"class":"`...)
	out = append(out, class...)
	out = append(out, '"')
	if len(body) > 2 {
		out = append(out, ',')
	}
	return append(out, body[1:]...), nil
}

// marshalNoEscape encodes v like json.Marshal but without HTML escaping.
func marshalNoEscape(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimRight(buf.Bytes(), "\n"), nil
}

// decodeWithNumbers decodes data into v and keeps numbers inside
// map[string]any and []any values as json.Number, so that integers such as 12
// stay integers when they are written again.
func decodeWithNumbers(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if dec.More() {
		return fmt.Errorf("unexpected data after the JSON value at offset %d", dec.InputOffset())
	}
	return nil
}

// decodeBean decodes data into v, a local copy of the bean type named bean,
// like decodeWithNumbers. A type error names the bean and gives the JSON path
// of the member without the names of embedded Go structs, which encoding/json
// puts into the path.
func decodeBean(data []byte, v any, bean string) error {
	err := decodeWithNumbers(data, v)
	var typeErr *json.UnmarshalTypeError
	if errors.As(err, &typeErr) {
		typeErr.Struct = bean
		typeErr.Field = jsonPath(typeErr.Field)
	}
	return err
}

// prefixFieldError puts prefix in front of the JSON path of a type error.
func prefixFieldError(err error, prefix, bean string) error {
	var typeErr *json.UnmarshalTypeError
	if errors.As(err, &typeErr) {
		typeErr.Struct = bean
		if typeErr.Field == "" {
			typeErr.Field = prefix
		} else {
			typeErr.Field = prefix + "." + typeErr.Field
		}
	}
	return err
}

// embeddedStructs are the embedded Go structs that appear in decoding paths.
var embeddedStructs = map[string]bool{
	"InstanceHeader":       true,
	"InstanceAuditHeader":  true,
	"OMRSAPIResponse":      true,
	"propertyValueJSON":    true,
	"typeDefJSON":          true,
	"attributeTypeDefJSON": true,
}

func jsonPath(field string) string {
	if field == "" {
		return field
	}
	parts := strings.Split(field, ".")
	remaining := parts[:0]
	for _, p := range parts {
		if !embeddedStructs[p] {
			remaining = append(remaining, p)
		}
	}
	return strings.Join(remaining, ".")
}

// fieldError builds a decoding error for one JSON member. encoding/json adds
// the path of the enclosing members to the Field of an UnmarshalTypeError, so
// callers see errors such as "entity.properties.instanceProperties.x.class".
func fieldError(field, value string, target reflect.Type) error {
	return &json.UnmarshalTypeError{Value: value, Type: target, Field: field}
}

// isJSONNull reports whether raw is absent or the JSON literal null.
func isJSONNull(raw []byte) bool {
	trimmed := bytes.TrimSpace(raw)
	return len(trimmed) == 0 || bytes.Equal(trimmed, []byte("null"))
}
