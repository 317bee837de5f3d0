package typesystem

import (
	"encoding/json"
	"fmt"
	"slices"
)

// FindTypesByName returns the TypeDefs and AttributeTypeDefs whose whole name
// matches the Java regular expression pattern. Either list is nil when
// nothing of its kind matches. An empty or untranslatable pattern fails with
// InvalidParameter (see CompileJavaRegex).
func (r *Registry) FindTypesByName(pattern string) ([]*TypeDef, []*AttributeTypeDef, error) {
	re, err := compilePatternParameter(pattern, "name")
	if err != nil {
		return nil, nil, err
	}

	r.mu.RLock()
	defer r.mu.RUnlock()

	var typeDefs []*TypeDef
	for _, t := range r.typeDefs {
		if re.MatchString(t.Name) {
			typeDefs = append(typeDefs, t)
		}
	}
	var attributeTypeDefs []*AttributeTypeDef
	for _, a := range r.attributeTypeDefs {
		if re.MatchString(a.Name) {
			attributeTypeDefs = append(attributeTypeDefs, a)
		}
	}
	return typeDefs, attributeTypeDefs, nil
}

// SearchTypeDefs returns the TypeDefs whose whole name matches the Java
// regular expression pattern, or nil when none does. An empty or
// untranslatable pattern fails with InvalidParameter.
func (r *Registry) SearchTypeDefs(pattern string) ([]*TypeDef, error) {
	re, err := compilePatternParameter(pattern, "searchCriteria")
	if err != nil {
		return nil, err
	}

	r.mu.RLock()
	defer r.mu.RUnlock()

	var out []*TypeDef
	for _, t := range r.typeDefs {
		if re.MatchString(t.Name) {
			out = append(out, t)
		}
	}
	return out, nil
}

// TypeDefsByCategory returns the TypeDefs of one category, or nil when there
// are none, including for UNKNOWN_DEF. A missing or unknown category fails
// with InvalidParameter.
func (r *Registry) TypeDefsByCategory(category TypeDefCategory) ([]*TypeDef, error) {
	if !category.Valid() {
		return nil, NewError(KindInvalidParameter, "category", "TypeDef category %q is invalid; use ENTITY_DEF, RELATIONSHIP_DEF or CLASSIFICATION_DEF", category)
	}

	r.mu.RLock()
	defer r.mu.RUnlock()

	var out []*TypeDef
	for _, t := range r.typeDefs {
		if t.Category == category {
			out = append(out, t)
		}
	}
	return out, nil
}

// AttributeTypeDefsByCategory returns the AttributeTypeDefs of one category,
// or nil when there are none. A missing or unknown category fails with
// InvalidParameter.
func (r *Registry) AttributeTypeDefsByCategory(category AttributeTypeDefCategory) ([]*AttributeTypeDef, error) {
	if !category.Valid() {
		return nil, NewError(KindInvalidParameter, "category", "AttributeTypeDef category %q is invalid; use PRIMITIVE, COLLECTION or ENUM_DEF", category)
	}

	r.mu.RLock()
	defer r.mu.RUnlock()

	var out []*AttributeTypeDef
	for _, a := range r.attributeTypeDefs {
		if a.Category == category {
			out = append(out, a)
		}
	}
	return out, nil
}

// TypeDefsByProperty returns the TypeDefs whose own attributes include every
// name in names, or nil when none does. Inherited attributes do not count,
// as in Egeria. An empty list fails with InvalidParameter.
func (r *Registry) TypeDefsByProperty(names []string) ([]*TypeDef, error) {
	if len(names) == 0 {
		return nil, NewError(KindInvalidParameter, "typeDefProperties", "no attribute names were supplied; name at least one attribute in typeDefProperties")
	}

	r.mu.RLock()
	defer r.mu.RUnlock()

	var out []*TypeDef
	for _, t := range r.typeDefs {
		own := make(map[string]bool, len(t.PropertiesDefinition))
		for _, a := range t.PropertiesDefinition {
			own[a.AttributeName] = true
		}
		if hasAll(own, names) {
			out = append(out, t)
		}
	}
	return out, nil
}

func hasAll(set map[string]bool, names []string) bool {
	for _, n := range names {
		if !set[n] {
			return false
		}
	}
	return true
}

// TypesByExternalID returns the TypeDefs that have an external standard
// mapping, on the type or on one of its own attributes, whose standardName
// equals standard, whose standardOrganization equals organization, or whose
// standardTypeName equals identifier. Empty arguments match nothing. A TypeDef
// appears once per matching mapping, as Egeria counts them. The result is nil
// when nothing matches, and three empty arguments fail with InvalidParameter.
func (r *Registry) TypesByExternalID(standard, organization, identifier string) ([]*TypeDef, error) {
	if standard == "" && organization == "" && identifier == "" {
		return nil, NewError(KindInvalidParameter, "standard", "no external standard, organization or identifier was supplied; supply at least one")
	}
	matches := func(m *ExternalStandardMapping) bool {
		return m != nil && ((standard != "" && m.StandardName == standard) ||
			(organization != "" && m.StandardOrganization == organization) ||
			(identifier != "" && m.StandardTypeName == identifier))
	}

	r.mu.RLock()
	defer r.mu.RUnlock()

	var out []*TypeDef
	for _, t := range r.typeDefs {
		mappings := slices.Clone(t.ExternalStandardMappings)
		for _, a := range t.PropertiesDefinition {
			mappings = append(mappings, a.ExternalStandardMappings...)
		}
		for _, m := range mappings {
			if matches(m) {
				out = append(out, t)
			}
		}
	}
	return out, nil
}

// VerifyTypeDef reports whether t is stored here. It checks t as AddTypeDef
// does, apart from the uniqueness check, and then looks it up by name: an
// unknown name returns false, and a stored type with the same name, GUID and
// versionName returns true. Any other difference, or t's GUID being used by a
// type of another name, fails with TypeDefConflict.
func (r *Registry) VerifyTypeDef(t *TypeDef) (bool, error) {
	if err := checkTypeDefHeader(t); err != nil {
		return false, err
	}

	r.mu.RLock()
	defer r.mu.RUnlock()

	if err := r.checkTypeDefBody(t); err != nil {
		return false, err
	}
	stored, ok := r.typeDefNamed(t.Name)
	if !ok {
		if i, used := r.typeDefByGUID[t.GUID]; used {
			return false, NewError(KindTypeDefConflict, "", "TypeDef %s has guid %s, which belongs to the stored TypeDef %s; use a new GUID", t.Name, t.GUID, r.typeDefs[i].Name)
		}
		return false, nil
	}
	if stored.GUID != t.GUID || stored.VersionName != t.VersionName {
		return false, NewError(KindTypeDefConflict, "", "TypeDef %s (guid %s, versionName %s) differs from the stored definition (guid %s, versionName %s); use the stored definition or a new name", t.Name, t.GUID, t.VersionName, stored.GUID, stored.VersionName)
	}
	return true, nil
}

// VerifyAttributeTypeDef reports whether a is stored here. An unknown name
// returns false and an identical stored definition returns true. A stored
// definition that differs in any field fails with TypeDefConflict.
func (r *Registry) VerifyAttributeTypeDef(a *AttributeTypeDef) (bool, error) {
	if err := checkAttributeTypeDefHeader(a); err != nil {
		return false, err
	}
	if err := checkAttributeTypeDefBody(a); err != nil {
		return false, err
	}

	stored, ok := r.AttributeTypeDefByName(a.Name)
	if !ok {
		if other, used := r.AttributeTypeDefByGUID(a.GUID); used {
			return false, NewError(KindTypeDefConflict, "", "AttributeTypeDef %s has guid %s, which belongs to the stored AttributeTypeDef %s; use a new GUID", a.Name, a.GUID, other.Name)
		}
		return false, nil
	}
	same, err := sameJSON(a, stored)
	if err != nil {
		return false, WrapError(KindInvalidTypeDef, err, "", "AttributeTypeDef %s cannot be encoded", a.Name)
	}
	if !same {
		return false, NewError(KindTypeDefConflict, "", "AttributeTypeDef %s (guid %s) differs from the stored definition; use the stored definition or a new name", a.Name, a.GUID)
	}
	return true, nil
}

// sameJSON reports whether a and b encode to the same JSON.
func sameJSON(a, b any) (bool, error) {
	ja, err := json.Marshal(a)
	if err != nil {
		return false, fmt.Errorf("encode %T: %w", a, err)
	}
	jb, err := json.Marshal(b)
	if err != nil {
		return false, fmt.Errorf("encode %T: %w", b, err)
	}
	return string(ja) == string(jb), nil
}
