package typesystem

// maxTypeDepth bounds walks up the supertype chain. The registry never stores
// a cycle, and the bound stops a walk should one appear anyway.
const maxTypeDepth = 64

// superChain returns the supertypes of t, nearest first. The caller holds
// the lock.
func (r *Registry) superChain(t *TypeDef) []*TypeDef {
	var chain []*TypeDef
	for t != nil && t.SuperType != nil && len(chain) < maxTypeDepth {
		next, ok := r.linkTarget(t.SuperType)
		if !ok {
			break
		}
		chain = append(chain, next)
		t = next
	}
	return chain
}

// linkTarget finds the TypeDef of a stored link, by GUID first. The caller
// holds the lock.
func (r *Registry) linkTarget(link *TypeDefLink) (*TypeDef, bool) {
	if i, ok := r.typeDefByGUID[link.GUID]; ok {
		return r.typeDefs[i], true
	}
	return r.typeDefNamed(link.Name)
}

// SuperTypeNames returns the names of the supertypes of the named type,
// nearest first and without the type itself. It returns nil for an unknown
// type or a type without a supertype.
func (r *Registry) SuperTypeNames(typeName string) []string {
	r.mu.RLock()
	defer r.mu.RUnlock()

	t, ok := r.typeDefNamed(typeName)
	if !ok {
		return nil
	}
	var names []string
	for _, s := range r.superChain(t) {
		names = append(names, s.Name)
	}
	return names
}

// IsTypeOf reports whether the named type is superName or has superName on
// its supertype chain. It is false when typeName is unknown.
func (r *Registry) IsTypeOf(typeName, superName string) bool {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return r.isTypeOf(typeName, superName)
}

// isTypeOf is IsTypeOf for a caller that holds the lock.
func (r *Registry) isTypeOf(typeName, superName string) bool {
	t, ok := r.typeDefNamed(typeName)
	if !ok {
		return false
	}
	if t.Name == superName {
		return true
	}
	for _, s := range r.superChain(t) {
		if s.Name == superName {
			return true
		}
	}
	return false
}

// SubTypeNames returns the names of all direct and indirect subtypes of the
// named type, in the order the types were added, without the type itself.
func (r *Registry) SubTypeNames(typeName string) []string {
	r.mu.RLock()
	defer r.mu.RUnlock()

	var names []string
	for _, t := range r.typeDefs {
		if t.Name != typeName && r.isTypeOf(t.Name, typeName) {
			names = append(names, t.Name)
		}
	}
	return names
}

// Attributes returns the attributes of the named type: its own first, then
// those of each supertype, nearest first. When a name repeats, only the
// definition nearest to the type is returned. It returns nil for an unknown
// type.
func (r *Registry) Attributes(typeName string) []*TypeDefAttribute {
	r.mu.RLock()
	defer r.mu.RUnlock()
	return r.attributesOf(typeName)
}

// attributesOf is Attributes for a caller that holds the lock.
func (r *Registry) attributesOf(typeName string) []*TypeDefAttribute {
	t, ok := r.typeDefNamed(typeName)
	if !ok {
		return nil
	}
	seen := make(map[string]bool)
	var out []*TypeDefAttribute
	for _, level := range append([]*TypeDef{t}, r.superChain(t)...) {
		for _, a := range level.PropertiesDefinition {
			if a == nil || seen[a.AttributeName] {
				continue
			}
			seen[a.AttributeName] = true
			out = append(out, a)
		}
	}
	return out
}

// Attribute returns the named attribute of the named type, own or inherited.
func (r *Registry) Attribute(typeName, attributeName string) (*TypeDefAttribute, bool) {
	for _, a := range r.Attributes(typeName) {
		if a.AttributeName == attributeName {
			return a, true
		}
	}
	return nil, false
}

// UniqueAttributeNames returns the names of the attributes of the named type,
// own or inherited, that are marked unique. Their values make up the
// uniqueProperties of an EntityProxy.
func (r *Registry) UniqueAttributeNames(typeName string) []string {
	var names []string
	for _, a := range r.Attributes(typeName) {
		if a.Unique {
			names = append(names, a.AttributeName)
		}
	}
	return names
}
