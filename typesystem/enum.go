package typesystem

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
)

// enumTable describes one Java enum as it travels in JSON: the constant names
// and their Egeria ordinals.
type enumTable struct {
	javaName string
	names    []string
	ordinals map[string]int
}

// newEnumTable builds a table from alternating name/ordinal pairs given in
// declaration order.
func newEnumTable(javaName string, pairs ...any) *enumTable {
	t := &enumTable{javaName: javaName, ordinals: make(map[string]int, len(pairs)/2)}
	for i := 0; i+1 < len(pairs); i += 2 {
		name := fmt.Sprint(pairs[i])
		t.names = append(t.names, name)
		t.ordinals[name] = pairs[i+1].(int)
	}
	return t
}

func (t *enumTable) valid(name string) bool {
	_, ok := t.ordinals[name]
	return ok
}

// ordinal returns the Egeria ordinal of name, or -1 when name is not a
// constant of the enum.
func (t *enumTable) ordinal(name string) int {
	if o, ok := t.ordinals[name]; ok {
		return o
	}
	return -1
}

// decode reads a JSON string holding one constant name. JSON null returns ""
// so that the caller leaves its value unchanged, as encoding/json does. Any other value fails with an UnmarshalTypeError, so the
// decoder reports the JSON path of the offending member.
func (t *enumTable) decode(data []byte, target reflect.Type) (string, error) {
	if isJSONNull(data) {
		return "", nil
	}
	var name string
	if err := json.Unmarshal(data, &name); err != nil {
		return "", &json.UnmarshalTypeError{
			Value: fmt.Sprintf("%s (a %s must be a JSON string naming one of %s)", data, t.javaName, t.list()),
			Type:  target,
		}
	}
	if !t.valid(name) {
		return "", &json.UnmarshalTypeError{
			Value: fmt.Sprintf("unknown %s %q (use one of %s)", t.javaName, name, t.list()),
			Type:  target,
		}
	}
	return name, nil
}

func (t *enumTable) list() string {
	return strings.Join(t.names, ", ")
}
