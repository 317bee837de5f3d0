package typesystem

import (
	"encoding/json"
	"math"
	"math/big"
	"strconv"
)

// Int64 returns the value of an integral primitive (INT, LONG, SHORT, BYTE,
// DATE, or a BIGINTEGER that fits into 64 bits).
func (v *PropertyValue) Int64() (int64, bool) {
	if v == nil || v.Category != PropertyCategoryPrimitive {
		return 0, false
	}
	return integerOf(v.PrimitiveValue)
}

// Float64 returns the value of a numeric primitive as a float64. Integers and
// big numbers are converted, which may round them.
func (v *PropertyValue) Float64() (float64, bool) {
	if v == nil || v.Category != PropertyCategoryPrimitive {
		return 0, false
	}
	switch x := v.PrimitiveValue.(type) {
	case float64:
		return x, true
	case float32:
		return float64(x), true
	case json.Number:
		f, err := strconv.ParseFloat(string(x), 64)
		return f, err == nil && !math.IsInf(f, 0)
	}
	n, ok := integerOf(v.PrimitiveValue)
	return float64(n), ok
}

// Number returns the exact decimal text of a numeric primitive, as it is
// written in JSON.
func (v *PropertyValue) Number() (json.Number, bool) {
	if v == nil || v.Category != PropertyCategoryPrimitive {
		return "", false
	}
	switch v.PrimitiveValue.(type) {
	case float64, float32, json.Number, *big.Int:
		raw, err := encodePrimitive(v.PrimitiveDefCategory, v.PrimitiveValue)
		return json.Number(raw), err == nil
	}
	if n, ok := integerOf(v.PrimitiveValue); ok {
		return json.Number(strconv.FormatInt(n, 10)), true
	}
	return "", false
}

// Text returns the value of a STRING or CHAR primitive, or of any primitive
// that holds a string.
func (v *PropertyValue) Text() (string, bool) {
	if v == nil || v.Category != PropertyCategoryPrimitive {
		return "", false
	}
	s, ok := v.PrimitiveValue.(string)
	return s, ok
}

// Bool returns the value of a BOOLEAN primitive.
func (v *PropertyValue) Bool() (bool, bool) {
	if v == nil || v.Category != PropertyCategoryPrimitive {
		return false, false
	}
	b, ok := v.PrimitiveValue.(bool)
	return b, ok
}

// Date returns the value of a DATE primitive.
func (v *PropertyValue) Date() (Millis, bool) {
	if v == nil || v.PrimitiveDefCategory != PrimitiveDate {
		return 0, false
	}
	n, ok := v.Int64()
	return Millis(n), ok
}

// CheckPrimitive reports why the primitive value of v does not fit its
// primitiveDefCategory, or nil when it fits. A null primitive value fits.
func (v *PropertyValue) CheckPrimitive() error {
	if v == nil || v.Category != PropertyCategoryPrimitive || v.PrimitiveValue == nil {
		return nil
	}
	_, err := normalizePrimitive(v.PrimitiveDefCategory, v.PrimitiveValue)
	return err
}

// NewPrimitiveValue builds a primitive value of the given category from a Go
// value and fills typeName and typeGUID with the standard PrimitiveDef. It
// converts value as normalizePrimitive documents and fails with a
// PropertyErrorException when the value does not fit the category.
func NewPrimitiveValue(category PrimitiveDefCategory, value any) (*PropertyValue, error) {
	normalized, err := normalizePrimitive(category, value)
	if err != nil {
		return nil, NewError(KindPropertyError, "", "invalid %s value: %v; supply a value of that primitive type", category, err)
	}
	return primitive(category, normalized), nil
}

func primitive(category PrimitiveDefCategory, value any) *PropertyValue {
	return &PropertyValue{
		Category:             PropertyCategoryPrimitive,
		HeaderVersion:        currentHeaderVersion,
		TypeGUID:             category.TypeGUID(),
		TypeName:             category.TypeName(),
		PrimitiveDefCategory: category,
		PrimitiveValue:       value,
	}
}

// NewStringValue builds an OM_PRIMITIVE_TYPE_STRING value.
func NewStringValue(s string) *PropertyValue { return primitive(PrimitiveString, s) }

// NewBooleanValue builds an OM_PRIMITIVE_TYPE_BOOLEAN value.
func NewBooleanValue(b bool) *PropertyValue { return primitive(PrimitiveBoolean, b) }

// NewByteValue builds an OM_PRIMITIVE_TYPE_BYTE value.
func NewByteValue(n int8) *PropertyValue { return primitive(PrimitiveByte, int64(n)) }

// NewShortValue builds an OM_PRIMITIVE_TYPE_SHORT value.
func NewShortValue(n int16) *PropertyValue { return primitive(PrimitiveShort, int64(n)) }

// NewIntValue builds an OM_PRIMITIVE_TYPE_INT value.
func NewIntValue(n int32) *PropertyValue { return primitive(PrimitiveInt, int64(n)) }

// NewLongValue builds an OM_PRIMITIVE_TYPE_LONG value.
func NewLongValue(n int64) *PropertyValue { return primitive(PrimitiveLong, n) }

// NewCharValue builds an OM_PRIMITIVE_TYPE_CHAR value.
func NewCharValue(c rune) *PropertyValue { return primitive(PrimitiveChar, string(c)) }

// NewFloatValue builds an OM_PRIMITIVE_TYPE_FLOAT value. It stores the
// float64 nearest to the shortest decimal form of f, so that
// NewFloatValue(0.1) holds 0.1, the value that decoding "0.1" gives.
func NewFloatValue(f float32) *PropertyValue {
	widened, err := strconv.ParseFloat(strconv.FormatFloat(float64(f), 'g', -1, 32), 64)
	if err != nil {
		widened = float64(f)
	}
	return primitive(PrimitiveFloat, widened)
}

// NewDoubleValue builds an OM_PRIMITIVE_TYPE_DOUBLE value.
func NewDoubleValue(f float64) *PropertyValue { return primitive(PrimitiveDouble, f) }

// NewDateValue builds an OM_PRIMITIVE_TYPE_DATE value.
func NewDateValue(m Millis) *PropertyValue { return primitive(PrimitiveDate, int64(m)) }

// NewBigIntegerValue builds an OM_PRIMITIVE_TYPE_BIGINTEGER value. A nil n
// builds a value without a primitiveValue.
func NewBigIntegerValue(n *big.Int) *PropertyValue {
	if n == nil {
		return primitive(PrimitiveBigInteger, nil)
	}
	return primitive(PrimitiveBigInteger, json.Number(n.String()))
}

// NewBigDecimalValue builds an OM_PRIMITIVE_TYPE_BIGDECIMAL value from its
// decimal text, such as "12.50", and keeps the text exactly.
func NewBigDecimalValue(text string) (*PropertyValue, error) {
	return NewPrimitiveValue(PrimitiveBigDecimal, text)
}

// NewEnumValue builds an EnumPropertyValue. typeGUID and typeName identify
// the EnumDef, and symbolicName is the value of the EnumElementDef with the
// given ordinal.
func NewEnumValue(typeGUID, typeName string, ordinal int, symbolicName, description string) *PropertyValue {
	return &PropertyValue{
		Category:      PropertyCategoryEnum,
		HeaderVersion: currentHeaderVersion,
		TypeGUID:      typeGUID,
		TypeName:      typeName,
		Ordinal:       &ordinal,
		SymbolicName:  symbolicName,
		Description:   description,
	}
}

// NewArrayValue builds an ArrayPropertyValue whose elements are keyed "0",
// "1", … in the given order. typeGUID and typeName identify the CollectionDef,
// such as "array<string>".
func NewArrayValue(typeGUID, typeName string, elements []*PropertyValue) *PropertyValue {
	count := len(elements)
	v := &PropertyValue{
		Category:      PropertyCategoryArray,
		HeaderVersion: currentHeaderVersion,
		TypeGUID:      typeGUID,
		TypeName:      typeName,
		ArrayCount:    &count,
	}
	if count > 0 {
		values := make(map[string]*PropertyValue, count)
		for i, element := range elements {
			values[strconv.Itoa(i)] = element
		}
		v.ArrayValues = NewInstanceProperties(values)
	}
	return v
}

// NewMapValue builds a MapPropertyValue. typeGUID and typeName identify the
// CollectionDef, such as "map<string,string>".
func NewMapValue(typeGUID, typeName string, entries map[string]*PropertyValue) *PropertyValue {
	count := len(entries)
	v := &PropertyValue{
		Category:        PropertyCategoryMap,
		HeaderVersion:   currentHeaderVersion,
		TypeGUID:        typeGUID,
		TypeName:        typeName,
		MapElementCount: &count,
	}
	if count > 0 {
		v.MapValues = NewInstanceProperties(entries)
	}
	return v
}

// NewStructValue builds a StructPropertyValue.
func NewStructValue(typeGUID, typeName string, attributes map[string]*PropertyValue) *PropertyValue {
	v := &PropertyValue{
		Category:      PropertyCategoryStruct,
		HeaderVersion: currentHeaderVersion,
		TypeGUID:      typeGUID,
		TypeName:      typeName,
	}
	if len(attributes) > 0 {
		v.Attributes = NewInstanceProperties(attributes)
	}
	return v
}
