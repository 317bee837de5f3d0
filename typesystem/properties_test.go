package typesystem

import (
	"encoding/json"
	"math/big"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// primitiveJSON builds the JSON of a PrimitivePropertyValue with a raw value.
func primitiveJSON(category PrimitiveDefCategory, raw string) string {
	return `{"class":"PrimitivePropertyValue","headerVersion":1,"instancePropertyCategory":"PRIMITIVE",` +
		`"typeGUID":"` + category.TypeGUID() + `","typeName":"` + category.TypeName() + `",` +
		`"primitiveDefCategory":"` + string(category) + `","primitiveValue":` + raw + `}`
}

func decodeValue(t *testing.T, data string) *PropertyValue {
	t.Helper()
	var v PropertyValue
	require.NoError(t, json.Unmarshal([]byte(data), &v))
	return &v
}

func encodedPrimitive(t *testing.T, v *PropertyValue) string {
	t.Helper()
	data, err := json.Marshal(v)
	require.NoError(t, err)
	var w struct {
		PrimitiveValue json.RawMessage `json:"primitiveValue"`
	}
	require.NoError(t, json.Unmarshal(data, &w))
	return string(w.PrimitiveValue)
}

func TestPrimitiveValueFidelity(t *testing.T) {
	tests := []struct {
		name     string
		category PrimitiveDefCategory
		input    string
		want     any
		output   string
	}{
		{"string", PrimitiveString, `"Asset::sales"`, "Asset::sales", `"Asset::sales"`},
		{"char", PrimitiveChar, `"x"`, "x", `"x"`},
		{"boolean", PrimitiveBoolean, `true`, true, `true`},
		{"int", PrimitiveInt, `2147483647`, int64(2147483647), `2147483647`},
		{"short", PrimitiveShort, `-32768`, int64(-32768), `-32768`},
		{"byte", PrimitiveByte, `127`, int64(127), `127`},
		{"long above 2^53", PrimitiveLong, `9007199254740993`, int64(9007199254740993), `9007199254740993`},
		{"long maximum", PrimitiveLong, `9223372036854775807`, int64(9223372036854775807), `9223372036854775807`},
		{"date", PrimitiveDate, `1632046251579`, int64(1632046251579), `1632046251579`},
		{"date from ISO string", PrimitiveDate, `"2021-09-19T10:10:51.579Z"`, int64(1632046251579), `1632046251579`},
		{"double integral", PrimitiveDouble, `3`, float64(3), `3.0`},
		{"double fraction", PrimitiveDouble, `2.5`, 2.5, `2.5`},
		{"double small", PrimitiveDouble, `1e-7`, 1e-7, `1e-7`},
		{"double large", PrimitiveDouble, `1e21`, 1e21, `1e+21`},
		{"float keeps float32 text", PrimitiveFloat, `0.1`, 0.1, `0.1`},
		{"float integral", PrimitiveFloat, `42.0`, float64(42), `42.0`},
		{"big integer exact", PrimitiveBigInteger, `123456789012345678901234567890`, json.Number("123456789012345678901234567890"), `123456789012345678901234567890`},
		{"big integer from string", PrimitiveBigInteger, `"-98765432109876543210"`, json.Number("-98765432109876543210"), `-98765432109876543210`},
		{"big decimal exact", PrimitiveBigDecimal, `12345678901234567890.123456789`, json.Number("12345678901234567890.123456789"), `12345678901234567890.123456789`},
		{"big decimal from string", PrimitiveBigDecimal, `"0.10"`, json.Number("0.10"), `0.10`},
		{"unknown string", PrimitiveUnknown, `"anything"`, "anything", `"anything"`},
		{"unknown number", PrimitiveUnknown, `12`, json.Number("12"), `12`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := decodeValue(t, primitiveJSON(tt.category, tt.input))

			require.Equal(t, tt.want, v.PrimitiveValue)
			require.NoError(t, v.CheckPrimitive())
			require.Equal(t, tt.output, encodedPrimitive(t, v))
		})
	}
}

func TestPrimitiveValueMismatchKeptForValidation(t *testing.T) {
	tests := []struct {
		name     string
		category PrimitiveDefCategory
		input    string
		want     any
		message  string
	}{
		{"int out of range", PrimitiveInt, `2147483648`, json.Number("2147483648"), "outside the range"},
		{"byte out of range", PrimitiveByte, `128`, json.Number("128"), "outside the range"},
		{"long with fraction", PrimitiveLong, `1.5`, json.Number("1.5"), "not an integer"},
		{"string given a number", PrimitiveString, `12`, json.Number("12"), "not a JSON string"},
		{"boolean given a string", PrimitiveBoolean, `"true"`, "true", "not a JSON boolean"},
		{"char of two characters", PrimitiveChar, `"ab"`, "ab", "exactly one character"},
		{"empty char", PrimitiveChar, `""`, "", "exactly one character"},
		{"big integer with fraction", PrimitiveBigInteger, `1.5`, json.Number("1.5"), "not an integer"},
		{"date given text", PrimitiveDate, `"soon"`, "soon", "soon"},
		{"double given text", PrimitiveDouble, `"2.5"`, "2.5", "not a number"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := decodeValue(t, primitiveJSON(tt.category, tt.input))

			require.Equal(t, tt.want, v.PrimitiveValue)
			err := v.CheckPrimitive()
			require.Error(t, err)
			require.Contains(t, err.Error(), tt.message)
		})
	}
}

func TestPropertyValueClassDiscrimination(t *testing.T) {
	tests := []struct {
		name     string
		input    string
		category InstancePropertyCategory
	}{
		{"primitive by class", `{"class":"PrimitivePropertyValue","primitiveDefCategory":"OM_PRIMITIVE_TYPE_INT","primitiveValue":4}`, PropertyCategoryPrimitive},
		{"enum by category only", `{"instancePropertyCategory":"ENUM","ordinal":1,"symbolicName":"APPROVED"}`, PropertyCategoryEnum},
		{"array by class", `{"class":"ArrayPropertyValue","arrayCount":0}`, PropertyCategoryArray},
		{"map by category only", `{"instancePropertyCategory":"MAP"}`, PropertyCategoryMap},
		{"struct by class", `{"class":"StructPropertyValue"}`, PropertyCategoryStruct},
		{"class wins over category", `{"class":"EnumPropertyValue","instancePropertyCategory":"PRIMITIVE","ordinal":2}`, PropertyCategoryEnum},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.Equal(t, tt.category, decodeValue(t, tt.input).Category)
		})
	}
}

func TestPropertyValueDecodeErrors(t *testing.T) {
	tests := []struct {
		name    string
		input   string
		field   string
		message string
	}{
		{"unknown class", `{"class":"FancyPropertyValue"}`, "class", "FancyPropertyValue"},
		{"neither class nor category", `{"primitiveValue":1}`, "class", "without"},
		{"category without class", `{"instancePropertyCategory":"UNKNOWN"}`, "instancePropertyCategory", "UNKNOWN"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var v PropertyValue
			err := json.Unmarshal([]byte(tt.input), &v)

			var typeErr *json.UnmarshalTypeError
			require.ErrorAs(t, err, &typeErr)
			require.Equal(t, tt.field, typeErr.Field)
			require.Contains(t, err.Error(), tt.message)
		})
	}
}

func TestPropertyValueErrorNamesProperty(t *testing.T) {
	var e EntityDetail
	err := json.Unmarshal([]byte(`{"properties":{"instanceProperties":{"qualifiedName":{"class":"Nope"}}}}`), &e)

	var typeErr *json.UnmarshalTypeError
	require.ErrorAs(t, err, &typeErr)
	require.Equal(t, "properties.instanceProperties.qualifiedName.class", typeErr.Field)
	require.Contains(t, err.Error(), "EntityDetail")
}

func TestPropertyValueEncodeClassFirst(t *testing.T) {
	data, err := json.Marshal(NewStringValue("sales"))
	require.NoError(t, err)

	require.True(t, strings.HasPrefix(string(data), `{"class":"PrimitivePropertyValue",`), string(data))
	require.JSONEq(t, primitiveJSON(PrimitiveString, `"sales"`), string(data))
}

func TestPropertyValueEncodeJavaDefaults(t *testing.T) {
	tests := []struct {
		name  string
		value *PropertyValue
		want  string
	}{
		{"enum without ordinal writes 99", &PropertyValue{Category: PropertyCategoryEnum, TypeName: "ActivityStatus"},
			`{"class":"EnumPropertyValue","headerVersion":1,"instancePropertyCategory":"ENUM","typeName":"ActivityStatus","ordinal":99}`},
		{"array count from elements", &PropertyValue{Category: PropertyCategoryArray, ArrayValues: NewInstanceProperties(map[string]*PropertyValue{"0": NewIntValue(1)})},
			`{"class":"ArrayPropertyValue","headerVersion":1,"instancePropertyCategory":"ARRAY","arrayCount":1,"arrayValues":{"class":"InstanceProperties","headerVersion":1,"instanceProperties":{"0":` + primitiveJSON(PrimitiveInt, "1") + `}}}`},
		{"empty map writes count 0", &PropertyValue{Category: PropertyCategoryMap},
			`{"class":"MapPropertyValue","headerVersion":1,"instancePropertyCategory":"MAP","mapElementCount":0}`},
		{"fields of other classes are dropped", &PropertyValue{Category: PropertyCategoryStruct, SymbolicName: "x", PrimitiveValue: "y"},
			`{"class":"StructPropertyValue","headerVersion":1,"instancePropertyCategory":"STRUCT"}`},
		{"null primitive value is omitted", &PropertyValue{Category: PropertyCategoryPrimitive, PrimitiveDefCategory: PrimitiveString},
			`{"class":"PrimitivePropertyValue","headerVersion":1,"instancePropertyCategory":"PRIMITIVE","primitiveDefCategory":"OM_PRIMITIVE_TYPE_STRING"}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data, err := json.Marshal(tt.value)
			require.NoError(t, err)
			require.JSONEq(t, tt.want, string(data))
		})
	}
}

func TestPropertyValueEncodeErrors(t *testing.T) {
	_, err := json.Marshal(&PropertyValue{TypeName: "x"})
	require.ErrorContains(t, err, "instancePropertyCategory")

	_, err = json.Marshal(&PropertyValue{Category: PropertyCategoryPrimitive, PrimitiveDefCategory: PrimitiveDouble, PrimitiveValue: json.Number("abc")})
	require.ErrorContains(t, err, "not a JSON number")
}

func TestPrimitiveConstructors(t *testing.T) {
	bigValue, ok := new(big.Int).SetString("170141183460469231731687303715884105727", 10)
	require.True(t, ok)
	decimal, err := NewBigDecimalValue("12.50")
	require.NoError(t, err)

	tests := []struct {
		name     string
		value    *PropertyValue
		category PrimitiveDefCategory
		output   string
	}{
		{"string", NewStringValue("ab"), PrimitiveString, `"ab"`},
		{"boolean", NewBooleanValue(false), PrimitiveBoolean, `false`},
		{"byte", NewByteValue(-5), PrimitiveByte, `-5`},
		{"short", NewShortValue(300), PrimitiveShort, `300`},
		{"int", NewIntValue(7), PrimitiveInt, `7`},
		{"long", NewLongValue(1 << 60), PrimitiveLong, `1152921504606846976`},
		{"char", NewCharValue('é'), PrimitiveChar, `"é"`},
		{"float", NewFloatValue(0.1), PrimitiveFloat, `0.1`},
		{"double", NewDoubleValue(3), PrimitiveDouble, `3.0`},
		{"date", NewDateValue(1632046251579), PrimitiveDate, `1632046251579`},
		{"big integer", NewBigIntegerValue(bigValue), PrimitiveBigInteger, `170141183460469231731687303715884105727`},
		{"big decimal", decimal, PrimitiveBigDecimal, `12.50`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.Equal(t, tt.category, tt.value.PrimitiveDefCategory)
			require.Equal(t, tt.category.TypeGUID(), tt.value.TypeGUID)
			require.Equal(t, tt.category.TypeName(), tt.value.TypeName)
			require.NoError(t, tt.value.CheckPrimitive())
			require.Equal(t, tt.output, encodedPrimitive(t, tt.value))

			data, err := json.Marshal(tt.value)
			require.NoError(t, err)
			back := decodeValue(t, string(data))
			require.Equal(t, tt.value.PrimitiveValue, back.PrimitiveValue)
		})
	}
}

func TestNewPrimitiveValue(t *testing.T) {
	v, err := NewPrimitiveValue(PrimitiveInt, int64(12))
	require.NoError(t, err)
	require.Equal(t, int64(12), v.PrimitiveValue)

	v, err = NewPrimitiveValue(PrimitiveDouble, 2)
	require.NoError(t, err)
	require.Equal(t, float64(2), v.PrimitiveValue)

	v, err = NewPrimitiveValue(PrimitiveBigInteger, "123")
	require.NoError(t, err)
	require.Equal(t, json.Number("123"), v.PrimitiveValue)

	_, err = NewPrimitiveValue(PrimitiveShort, 40000)
	require.True(t, IsKind(err, KindPropertyError))
	require.ErrorContains(t, err, "40000")

	_, err = NewPrimitiveValue(PrimitiveString, 5)
	require.True(t, IsKind(err, KindPropertyError))

	_, err = NewBigDecimalValue("twelve")
	require.True(t, IsKind(err, KindPropertyError))
}

func TestPrimitiveAccessors(t *testing.T) {
	n, ok := NewLongValue(9007199254740993).Int64()
	require.True(t, ok)
	require.Equal(t, int64(9007199254740993), n)

	_, ok = NewStringValue("x").Int64()
	require.False(t, ok)

	f, ok := NewIntValue(3).Float64()
	require.True(t, ok)
	require.Equal(t, 3.0, f)

	f, ok = NewDoubleValue(2.5).Float64()
	require.True(t, ok)
	require.Equal(t, 2.5, f)

	text, ok := NewStringValue("hello").Text()
	require.True(t, ok)
	require.Equal(t, "hello", text)

	b, ok := NewBooleanValue(true).Bool()
	require.True(t, ok)
	require.True(t, b)

	d, ok := NewDateValue(1000).Date()
	require.True(t, ok)
	require.Equal(t, Millis(1000), d)

	num, ok := NewDoubleValue(4).Number()
	require.True(t, ok)
	require.Equal(t, json.Number("4.0"), num)

	bigNumber, ok := NewBigIntegerValue(big.NewInt(-7)).Number()
	require.True(t, ok)
	require.Equal(t, json.Number("-7"), bigNumber)

	var missing *PropertyValue
	_, ok = missing.Text()
	require.False(t, ok)
	_, ok = NewEnumValue("g", "E", 1, "A", "").Int64()
	require.False(t, ok)
}

func TestCollectionConstructors(t *testing.T) {
	array := NewArrayValue("0428b5d3-f824-459c-b7f5-f8151de59707", "array<string>", []*PropertyValue{
		NewStringValue("a"), NewStringValue("b"), NewStringValue("c"), NewStringValue("d"),
		NewStringValue("e"), NewStringValue("f"), NewStringValue("g"), NewStringValue("h"),
		NewStringValue("i"), NewStringValue("j"), NewStringValue("k"),
	})
	require.Equal(t, 11, *array.ArrayCount)
	var texts []string
	for _, element := range array.Elements() {
		text, ok := element.Text()
		require.True(t, ok)
		texts = append(texts, text)
	}
	require.Equal(t, []string{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"}, texts, "elements are in numeric key order")

	m := NewMapValue("g", "map<string,string>", map[string]*PropertyValue{"k": NewStringValue("v")})
	require.Equal(t, 1, *m.MapElementCount)
	got, ok := m.MapValues.Get("k")
	require.True(t, ok)
	require.Equal(t, "v", got.PrimitiveValue)

	s := NewStructValue("g", "S", nil)
	require.Nil(t, s.Attributes)

	e := NewEnumValue("g", "ActivityStatus", 4, "IN_PROGRESS", "running")
	require.Equal(t, 4, *e.Ordinal)

	empty := NewArrayValue("g", "array<string>", nil)
	require.Nil(t, empty.ArrayValues)
	require.Equal(t, 0, *empty.ArrayCount)
}

func TestInstancePropertiesHelpers(t *testing.T) {
	var none *InstanceProperties
	require.Equal(t, 0, none.Len())
	require.Nil(t, none.Names())
	_, ok := none.Get("x")
	require.False(t, ok)

	p := &InstanceProperties{}
	p.Set("b", NewIntValue(1))
	p.Set("a", nil)
	require.Equal(t, 2, p.Len())
	require.Equal(t, []string{"a", "b"}, p.Names())

	data, err := json.Marshal(p)
	require.NoError(t, err)
	var back InstanceProperties
	require.NoError(t, json.Unmarshal(data, &back))
	value, ok := back.Get("a")
	require.True(t, ok, "a null value stays a named entry")
	require.Nil(t, value)
}

func TestEncodingWithoutHTMLEscaping(t *testing.T) {
	var buf strings.Builder
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)

	require.NoError(t, enc.Encode(NewStringValue("map<string,string>")))
	require.Contains(t, buf.String(), `"map<string,string>"`)
}
