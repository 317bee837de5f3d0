//go:build integration

package integration

import (
	"encoding/json"
	"fmt"
	"sort"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/require"
)

// Strings that storage, escaping or search layers tend to break: JSON and
// Cypher quoting, regular expression and Lucene metacharacters, control
// characters and scripts outside Latin-1.
const (
	hardQuotes           = `quote " apostrophe ' backslash \ slash / backtick ` + "`" + ` \n literal \u0041 literal`
	regexMetacharacters  = `.*+?()[]{}|^$\d\`
	luceneMetacharacters = `+ - && || ! ( ) { } [ ] ^ " ~ * ? : \ /`
	controlCharacters    = "line one\nline two\r\nline three\ttabbed\u00a0nbsp"
	nonLatinScripts      = "日本語 Ελληνικά العربية עברית हिन्दी 한국어 🎉👩‍💻"
)

// primitiveTypes maps the primitive categories used below to the name and
// GUID of their attribute type.
var primitiveTypes = map[string][2]string{
	"OM_PRIMITIVE_TYPE_LONG":   {"long", longTypeGUID},
	"OM_PRIMITIVE_TYPE_INT":    {"int", intTypeGUID},
	"OM_PRIMITIVE_TYPE_DATE":   {"date", dateTypeGUID},
	"OM_PRIMITIVE_TYPE_DOUBLE": {"double", doubleTypeGUID},
	"OM_PRIMITIVE_TYPE_FLOAT":  {"float", floatTypeGUID},
}

// omrsNumber returns a numeric PrimitivePropertyValue whose value is sent
// exactly as literal is written.
func omrsNumber(category, literal string) map[string]any {
	attributeType := primitiveTypes[category]
	return omrsPrimitive(category, attributeType[0], attributeType[1], json.Number(literal))
}

func omrsBoolean(value bool) map[string]any {
	return omrsPrimitive("OM_PRIMITIVE_TYPE_BOOLEAN", "boolean", booleanTypeGUID, value)
}

// arrayValue returns an ArrayPropertyValue of an array<string> attribute.
func (m *maintEnv) arrayValue(elements ...string) map[string]any {
	values := map[string]any{}
	for i, element := range elements {
		values[fmt.Sprint(i)] = omrsString(element)
	}
	return map[string]any{"class": "ArrayPropertyValue", "headerVersion": 1, "instancePropertyCategory": "ARRAY",
		"typeGUID": m.attributeTypeGUID("array<string>"), "typeName": "array<string>",
		"arrayCount": len(elements), "arrayValues": omrsProperties(values)}
}

// mapValue returns a MapPropertyValue of the named map attribute type.
func (m *maintEnv) mapValue(typeName string, entries map[string]any) map[string]any {
	return map[string]any{"class": "MapPropertyValue", "headerVersion": 1, "instancePropertyCategory": "MAP",
		"typeGUID": m.attributeTypeGUID(typeName), "typeName": typeName,
		"mapValues": omrsProperties(entries), "mapElementCount": len(entries)}
}

// enumValue returns the EnumPropertyValue of one element of an enum, as
// the EnumDef describes it.
func (m *maintEnv) enumValue(enumName, symbolicName string) map[string]any {
	m.t.Helper()
	enum := m.attributeTypeDef(enumName)
	for _, item := range asList(enum["elementDefs"]) {
		element := item.(map[string]any)
		if element["value"] == symbolicName {
			value := map[string]any{"class": "EnumPropertyValue", "headerVersion": 1, "instancePropertyCategory": "ENUM",
				"typeGUID": enum["guid"], "typeName": enumName, "ordinal": element["ordinal"], "symbolicName": symbolicName}
			if description, ok := element["description"]; ok {
				value["description"] = description
			}
			return value
		}
	}
	m.t.Fatalf("enum %s has no element %s", enumName, symbolicName)
	return nil
}

// profileProperties returns properties of a ResourceProfileAnnotation with
// long, int and date extremes, an enum, an array, maps of every element
// type it has, and hard strings.
func (m *maintEnv) profileProperties() map[string]any {
	properties := omrsProperties(map[string]any{
		"qualifiedName":       omrsString(uniqueName("values " + nonLatinScripts)),
		"displayName":         omrsString(nonLatinScripts),
		"description":         omrsString(hardQuotes),
		"summary":             omrsString(regexMetacharacters),
		"expression":          omrsString(luceneMetacharacters),
		"explanation":         omrsString(controlCharacters),
		"jsonProperties":      omrsString(`{"nested": "json", "list": [1, 2.0, null]}`),
		"units":               omrsString(""),
		"sampleSize":          omrsNumber("OM_PRIMITIVE_TYPE_LONG", "9007199254740993"),
		"absoluteUncertainty": omrsNumber("OM_PRIMITIVE_TYPE_LONG", "-9223372036854775808"),
		"relativeUncertainty": omrsNumber("OM_PRIMITIVE_TYPE_LONG", "9223372036854775807"),
		"matchingValues":      omrsNumber("OM_PRIMITIVE_TYPE_LONG", "0"),
		"length":              omrsNumber("OM_PRIMITIVE_TYPE_INT", "2147483647"),
		"inferredLength":      omrsNumber("OM_PRIMITIVE_TYPE_INT", "-2147483648"),
		"samplePercent":       omrsNumber("OM_PRIMITIVE_TYPE_INT", "0"),
		"profileStartDate":    omrsNumber("OM_PRIMITIVE_TYPE_DATE", "1719912345678"),
		"profileEndDate":      omrsNumber("OM_PRIMITIVE_TYPE_DATE", "-86400001"),
		"contentStatus":       m.enumValue("ContentStatus", "ACTIVE"),
		"valueList":           m.arrayValue("plain", hardQuotes, regexMetacharacters, luceneMetacharacters, controlCharacters, nonLatinScripts, ""),
		"authors":             m.arrayValue("single"),
		"profileProperties": m.mapValue("map<string,string>", map[string]any{
			"plain": omrsString("value"), "key with spaces": omrsString(luceneMetacharacters), `quote " key`: omrsString(hardQuotes),
			"ключ": omrsString(nonLatinScripts), "dotted.key": omrsString(regexMetacharacters), "newline\nkey": omrsString(controlCharacters),
		}),
		"profileDoubles": m.mapValue("map<string,double>", map[string]any{
			"integral": omrsNumber("OM_PRIMITIVE_TYPE_DOUBLE", "3.0"), "fraction": omrsNumber("OM_PRIMITIVE_TYPE_DOUBLE", "2.5"), "negative": omrsNumber("OM_PRIMITIVE_TYPE_DOUBLE", "-0.125"),
			"tenth": omrsNumber("OM_PRIMITIVE_TYPE_DOUBLE", "0.1"), "large": omrsNumber("OM_PRIMITIVE_TYPE_DOUBLE", "1234567.875"), "zero": omrsNumber("OM_PRIMITIVE_TYPE_DOUBLE", "0.0"),
		}),
		"profileCounts": m.mapValue("map<string,long>", map[string]any{
			"beyond float precision": omrsNumber("OM_PRIMITIVE_TYPE_LONG", "9007199254740993"), "minimum": omrsNumber("OM_PRIMITIVE_TYPE_LONG", "-9223372036854775808"),
		}),
		"valueCount":   m.mapValue("map<string,int>", map[string]any{"maximum": omrsNumber("OM_PRIMITIVE_TYPE_INT", "2147483647"), "minimum": omrsNumber("OM_PRIMITIVE_TYPE_INT", "-2147483648")}),
		"profileFlags": m.mapValue("map<string,boolean>", map[string]any{"yes": omrsBoolean(true), "no": omrsBoolean(false)}),
		"profileDates": m.mapValue("map<string,date>", map[string]any{"start": omrsNumber("OM_PRIMITIVE_TYPE_DATE", "1719912345678"), "epoch": omrsNumber("OM_PRIMITIVE_TYPE_DATE", "0")}),
	})
	properties["effectiveFromTime"] = json.Number("1719912345678")
	properties["effectiveToTime"] = json.Number("4102444800000")
	return properties
}

// lensProperties returns properties of a DataLens, the entity type with
// float attributes.
func lensProperties() map[string]any {
	return omrsProperties(map[string]any{
		"qualifiedName":           omrsString(uniqueName("lens")),
		"minLongitude":            omrsNumber("OM_PRIMITIVE_TYPE_FLOAT", "3.0"),
		"minLatitude":             omrsNumber("OM_PRIMITIVE_TYPE_FLOAT", "-12.625"),
		"maxLongitude":            omrsNumber("OM_PRIMITIVE_TYPE_FLOAT", "0.1"),
		"maxLatitude":             omrsNumber("OM_PRIMITIVE_TYPE_FLOAT", "179.5"),
		"minHeight":               omrsNumber("OM_PRIMITIVE_TYPE_FLOAT", "0.0"),
		"domainIdentifier":        omrsNumber("OM_PRIMITIVE_TYPE_INT", "-1"),
		"dataCollectionStartTime": omrsNumber("OM_PRIMITIVE_TYPE_DATE", "0"),
	})
}

// notificationProperties returns properties of a NotificationType, an
// entity type with a boolean attribute.
func notificationProperties(permitted bool) map[string]any {
	return omrsProperties(map[string]any{
		"qualifiedName":                  omrsString(uniqueName("notification")),
		"multipleNotificationsPermitted": omrsBoolean(permitted),
		"notificationCount":              omrsNumber("OM_PRIMITIVE_TYPE_LONG", "9223372036854775807"),
		"minimumNotificationInterval":    omrsNumber("OM_PRIMITIVE_TYPE_LONG", "-1"),
		"nextScheduledNotification":      omrsNumber("OM_PRIMITIVE_TYPE_DATE", "253402300799999"),
	})
}

// requireSameValues compares properties one by one, so a failure names the
// property, and then as a whole.
func requireSameValues(t *testing.T, expected, actual any) {
	t.Helper()
	want := copyJSON(expected.(map[string]any))
	got, ok := actual.(map[string]any)
	require.True(t, ok, "no properties: %v", actual)
	wantValues := want["instanceProperties"].(map[string]any)
	gotValues, _ := got["instanceProperties"].(map[string]any)
	var names []string
	for name := range wantValues {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		require.Equal(t, wantValues[name], gotValues[name], "property %s", name)
	}
	require.Equal(t, want, got)
}

func TestMaintValuesRoundTripExactly(t *testing.T) {
	m := newMaintEnv(t)
	tests := []struct {
		name       string
		typeName   string
		properties map[string]any
	}{
		{name: "long, int, date, enum, array and maps", typeName: "ResourceProfileAnnotation", properties: m.profileProperties()},
		{name: "floats", typeName: "DataLens", properties: lensProperties()},
		{name: "boolean true", typeName: "NotificationType", properties: notificationProperties(true)},
		{name: "boolean false", typeName: "NotificationType", properties: notificationProperties(false)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bound := m.with(t)

			created := bound.addEntity(tt.typeName, tt.properties)

			requireSameValues(t, tt.properties, created["properties"])
			requireSameValues(t, tt.properties, bound.entity(guidOf(created))["properties"])

			updated := bound.payload(bound.updateProperties(guidOf(created), tt.properties), "entity")
			requireSameValues(t, tt.properties, updated["properties"])

			copied := bound.remoteEntity(tt.typeName, uuid.NewString(), newRemoteHome(), 1, tt.properties)
			requireSuccess(t, bound.saveEntityCopy(copied))
			requireSameValues(t, tt.properties, bound.entity(guidOf(copied))["properties"])
		})
	}
}

// Numbers keep their JSON form: an integral double or float keeps its
// decimal point, and longs beyond 2^53 keep every digit.
func TestMaintNumbersKeepTheirForm(t *testing.T) {
	m := newMaintEnv(t)
	profile := m.entity(guidOf(m.addEntity("ResourceProfileAnnotation", m.profileProperties())))
	lens := m.entity(guidOf(m.addEntity("DataLens", lensProperties())))
	primitive := func(entity map[string]any, name string) any {
		return propertyValue(entity["properties"], name).(map[string]any)["primitiveValue"]
	}
	mapEntry := func(entity map[string]any, name, key string) any {
		mapValues := propertyValue(entity["properties"], name).(map[string]any)["mapValues"]
		return propertyValue(mapValues, key).(map[string]any)["primitiveValue"]
	}

	require.Equal(t, json.Number("9007199254740993"), primitive(profile, "sampleSize"))
	require.Equal(t, json.Number("-9223372036854775808"), primitive(profile, "absoluteUncertainty"))
	require.Equal(t, json.Number("2147483647"), primitive(profile, "length"))
	require.Equal(t, json.Number("-86400001"), primitive(profile, "profileEndDate"))
	require.Equal(t, json.Number("3.0"), mapEntry(profile, "profileDoubles", "integral"))
	require.Equal(t, json.Number("0.0"), mapEntry(profile, "profileDoubles", "zero"))
	require.Equal(t, json.Number("0.1"), mapEntry(profile, "profileDoubles", "tenth"))
	require.Equal(t, json.Number("3.0"), primitive(lens, "minLongitude"))
	require.Equal(t, json.Number("0.1"), primitive(lens, "maxLongitude"))
	require.Equal(t, json.Number("1719912345678"), propertiesField(profile, "effectiveFromTime"))
}

func propertiesField(entity map[string]any, field string) any {
	properties, _ := entity["properties"].(map[string]any)
	return properties[field]
}
