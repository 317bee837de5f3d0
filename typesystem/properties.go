package typesystem

import (
	"encoding/json"
	"fmt"
	"reflect"
	"sort"
	"strconv"
)

// InstanceProperties is a set of named property values with optional
// effective dates. It is the Java bean InstanceProperties, which carries the
// values in the JSON member "instanceProperties".
type InstanceProperties struct {
	HeaderVersion     int64
	EffectiveFromTime *Millis
	EffectiveToTime   *Millis
	// Values maps property names to values. A nil entry stands for a JSON
	// null, which validation rejects.
	Values map[string]*PropertyValue
}

type instancePropertiesJSON struct {
	HeaderVersion     int64                     `json:"headerVersion"`
	EffectiveFromTime *Millis                   `json:"effectiveFromTime,omitempty"`
	EffectiveToTime   *Millis                   `json:"effectiveToTime,omitempty"`
	Values            map[string]*PropertyValue `json:"instanceProperties,omitempty"`
}

// NewInstanceProperties returns properties holding values, which may be nil.
func NewInstanceProperties(values map[string]*PropertyValue) *InstanceProperties {
	return &InstanceProperties{HeaderVersion: currentHeaderVersion, Values: values}
}

// Len returns the number of property values. It is safe on a nil receiver.
func (p *InstanceProperties) Len() int {
	if p == nil {
		return 0
	}
	return len(p.Values)
}

// Get returns the value of the named property. It is safe on a nil receiver.
func (p *InstanceProperties) Get(name string) (*PropertyValue, bool) {
	if p == nil {
		return nil, false
	}
	v, ok := p.Values[name]
	return v, ok
}

// Set stores value under name, creating the map when needed.
func (p *InstanceProperties) Set(name string, value *PropertyValue) {
	if p.Values == nil {
		p.Values = make(map[string]*PropertyValue)
	}
	p.Values[name] = value
}

// Names returns the property names in sorted order.
func (p *InstanceProperties) Names() []string {
	if p == nil {
		return nil
	}
	names := make([]string, 0, len(p.Values))
	for name := range p.Values {
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}

// MarshalJSON implements json.Marshaler.
func (p InstanceProperties) MarshalJSON() ([]byte, error) {
	return marshalWithClass("InstanceProperties", instancePropertiesJSON{
		HeaderVersion:     headerVersionOrCurrent(p.HeaderVersion),
		EffectiveFromTime: p.EffectiveFromTime,
		EffectiveToTime:   p.EffectiveToTime,
		Values:            p.Values,
	})
}

// UnmarshalJSON decodes each property value separately, so that an error
// names the property, as in "instanceProperties.name.primitiveDefCategory".
func (p *InstanceProperties) UnmarshalJSON(data []byte) error {
	var w struct {
		HeaderVersion     int64                      `json:"headerVersion"`
		EffectiveFromTime *Millis                    `json:"effectiveFromTime"`
		EffectiveToTime   *Millis                    `json:"effectiveToTime"`
		Values            map[string]json.RawMessage `json:"instanceProperties"`
	}
	if err := decodeBean(data, &w, "InstanceProperties"); err != nil {
		return err
	}

	*p = InstanceProperties{HeaderVersion: w.HeaderVersion, EffectiveFromTime: w.EffectiveFromTime, EffectiveToTime: w.EffectiveToTime}
	if w.Values == nil {
		return nil
	}
	p.Values = make(map[string]*PropertyValue, len(w.Values))
	for name, raw := range w.Values {
		if isJSONNull(raw) {
			p.Values[name] = nil
			continue
		}
		value := new(PropertyValue)
		if err := json.Unmarshal(raw, value); err != nil {
			return prefixFieldError(err, "instanceProperties."+name, "InstanceProperties")
		}
		p.Values[name] = value
	}
	return nil
}

// PropertyValue is one property value. A single struct stands for all five
// Java subclasses of InstancePropertyValue, and Category selects which fields
// apply:
//
//   - PRIMITIVE (PrimitivePropertyValue): PrimitiveDefCategory and
//     PrimitiveValue;
//   - ENUM (EnumPropertyValue): Ordinal, SymbolicName and Description;
//   - ARRAY (ArrayPropertyValue): ArrayCount and ArrayValues keyed "0", "1", …;
//   - MAP (MapPropertyValue): MapElementCount and MapValues keyed by map key;
//   - STRUCT (StructPropertyValue): Attributes.
//
// PrimitiveValue holds int64 for INT, LONG, SHORT, BYTE and DATE, float64 for
// FLOAT and DOUBLE, json.Number with the exact decimal text for BIGINTEGER and
// BIGDECIMAL, string for STRING and CHAR, bool for BOOLEAN, and the decoded
// JSON scalar for UNKNOWN. Decoding keeps a value that does not fit its
// category as it arrived (json.Number, string or bool), and validation then
// rejects it with a PropertyErrorException.
type PropertyValue struct {
	Category             InstancePropertyCategory
	HeaderVersion        int64
	TypeGUID             string
	TypeName             string
	PrimitiveDefCategory PrimitiveDefCategory
	PrimitiveValue       any
	Ordinal              *int
	SymbolicName         string
	Description          string
	ArrayCount           *int
	ArrayValues          *InstanceProperties
	MapElementCount      *int
	MapValues            *InstanceProperties
	Attributes           *InstanceProperties
}

// defaultEnumOrdinal is the ordinal Egeria's EnumPropertyValue starts with.
const defaultEnumOrdinal = 99

var propertyValueClasses = map[InstancePropertyCategory]string{
	PropertyCategoryPrimitive: "PrimitivePropertyValue",
	PropertyCategoryEnum:      "EnumPropertyValue",
	PropertyCategoryArray:     "ArrayPropertyValue",
	PropertyCategoryMap:       "MapPropertyValue",
	PropertyCategoryStruct:    "StructPropertyValue",
}

var propertyValueCategories = map[string]InstancePropertyCategory{
	"PrimitivePropertyValue": PropertyCategoryPrimitive,
	"EnumPropertyValue":      PropertyCategoryEnum,
	"ArrayPropertyValue":     PropertyCategoryArray,
	"MapPropertyValue":       PropertyCategoryMap,
	"StructPropertyValue":    PropertyCategoryStruct,
}

type propertyValueJSON struct {
	HeaderVersion        int64                    `json:"headerVersion"`
	Category             InstancePropertyCategory `json:"instancePropertyCategory,omitempty"`
	TypeGUID             string                   `json:"typeGUID,omitempty"`
	TypeName             string                   `json:"typeName,omitempty"`
	PrimitiveDefCategory PrimitiveDefCategory     `json:"primitiveDefCategory,omitempty"`
	PrimitiveValue       json.RawMessage          `json:"primitiveValue,omitempty"`
	Ordinal              *int                     `json:"ordinal,omitempty"`
	SymbolicName         string                   `json:"symbolicName,omitempty"`
	Description          string                   `json:"description,omitempty"`
	ArrayCount           *int                     `json:"arrayCount,omitempty"`
	ArrayValues          *InstanceProperties      `json:"arrayValues,omitempty"`
	MapElementCount      *int                     `json:"mapElementCount,omitempty"`
	MapValues            *InstanceProperties      `json:"mapValues,omitempty"`
	Attributes           *InstanceProperties      `json:"attributes,omitempty"`
}

// MarshalJSON writes the value as the Java subclass that its Category selects.
// The Java int fields ordinal (default 99), arrayCount and mapElementCount are
// always written for their class, and a missing count is taken from the
// number of elements.
func (v PropertyValue) MarshalJSON() ([]byte, error) {
	class, ok := propertyValueClasses[v.Category]
	if !ok {
		return nil, fmt.Errorf("encode property value of type %q: instancePropertyCategory %q has no JSON class; use PRIMITIVE, ENUM, ARRAY, MAP or STRUCT", v.TypeName, v.Category)
	}
	w := propertyValueJSON{
		HeaderVersion: headerVersionOrCurrent(v.HeaderVersion),
		Category:      v.Category,
		TypeGUID:      v.TypeGUID,
		TypeName:      v.TypeName,
	}
	switch v.Category {
	case PropertyCategoryPrimitive:
		raw, err := encodePrimitive(v.PrimitiveDefCategory, v.PrimitiveValue)
		if err != nil {
			return nil, fmt.Errorf("encode primitive value of type %q: %w", v.TypeName, err)
		}
		w.PrimitiveDefCategory = v.PrimitiveDefCategory
		w.PrimitiveValue = raw
	case PropertyCategoryEnum:
		w.Ordinal = intOrDefault(v.Ordinal, defaultEnumOrdinal)
		w.SymbolicName = v.SymbolicName
		w.Description = v.Description
	case PropertyCategoryArray:
		w.ArrayCount = intOrDefault(v.ArrayCount, v.ArrayValues.Len())
		w.ArrayValues = v.ArrayValues
	case PropertyCategoryMap:
		w.MapElementCount = intOrDefault(v.MapElementCount, v.MapValues.Len())
		w.MapValues = v.MapValues
	case PropertyCategoryStruct:
		w.Attributes = v.Attributes
	}
	return marshalWithClass(class, w)
}

func intOrDefault(p *int, fallback int) *int {
	if p != nil {
		return p
	}
	return &fallback
}

// UnmarshalJSON reads any of the five Java subclasses. The subclass comes
// from "class" or, when "class" is missing, from "instancePropertyCategory".
func (v *PropertyValue) UnmarshalJSON(data []byte) error {
	var w struct {
		Class string `json:"class"`
		propertyValueJSON
	}
	if err := decodeBean(data, &w, "PropertyValue"); err != nil {
		return err
	}
	category, err := propertyValueCategory(w.Class, w.Category)
	if err != nil {
		return err
	}

	*v = PropertyValue{
		Category:      category,
		HeaderVersion: w.HeaderVersion,
		TypeGUID:      w.TypeGUID,
		TypeName:      w.TypeName,
	}
	switch category {
	case PropertyCategoryPrimitive:
		v.PrimitiveDefCategory = w.PrimitiveDefCategory
		v.PrimitiveValue = primitiveFromJSON(w.PrimitiveDefCategory, w.PrimitiveValue)
	case PropertyCategoryEnum:
		v.Ordinal = w.Ordinal
		v.SymbolicName = w.SymbolicName
		v.Description = w.Description
	case PropertyCategoryArray:
		v.ArrayCount = w.ArrayCount
		v.ArrayValues = w.ArrayValues
	case PropertyCategoryMap:
		v.MapElementCount = w.MapElementCount
		v.MapValues = w.MapValues
	case PropertyCategoryStruct:
		v.Attributes = w.Attributes
	}
	return nil
}

func propertyValueCategory(class string, category InstancePropertyCategory) (InstancePropertyCategory, error) {
	target := reflect.TypeOf(PropertyValue{})
	if class != "" {
		c, ok := propertyValueCategories[class]
		if !ok {
			return "", fieldError("class", fmt.Sprintf("unknown property value class %q (use PrimitivePropertyValue, EnumPropertyValue, ArrayPropertyValue, MapPropertyValue or StructPropertyValue)", class), target)
		}
		return c, nil
	}
	if _, ok := propertyValueClasses[category]; ok {
		return category, nil
	}
	if category == "" {
		return "", fieldError("class", "property value without \"class\" or \"instancePropertyCategory\" (send one of them)", target)
	}
	return "", fieldError("instancePropertyCategory", fmt.Sprintf("property value category %q (use PRIMITIVE, ENUM, ARRAY, MAP or STRUCT)", category), target)
}

// Elements returns the elements of an ARRAY value ordered by their numeric
// keys. Keys that are not numbers sort after the numbered ones, by name.
func (v *PropertyValue) Elements() []*PropertyValue {
	if v == nil || v.ArrayValues == nil {
		return nil
	}
	names := v.ArrayValues.Names()
	sort.SliceStable(names, func(i, j int) bool {
		a, errA := strconv.Atoi(names[i])
		b, errB := strconv.Atoi(names[j])
		switch {
		case errA == nil && errB == nil:
			return a < b
		case errA == nil:
			return true
		case errB == nil:
			return false
		}
		return names[i] < names[j]
	})
	out := make([]*PropertyValue, 0, len(names))
	for _, name := range names {
		out = append(out, v.ArrayValues.Values[name])
	}
	return out
}
