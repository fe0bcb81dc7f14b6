namespace DigitalPost.GraphQL.Types;

/// <summary>Orders the schema's types as graphql-js's <c>GraphQLSchema</c> constructor does, so introspection lists them identically.</summary>
internal sealed partial class SchemaAssembler
{
    private List<NamedType> OrderTypes(ObjectType query, ObjectType? mutation, ObjectType? subscription)
    {
        var configTypes = _definedTypes.Where(t => !_introspectionDefinitions.Contains(t.Definition!)).ToList();
        var ordered = new List<NamedType>(configTypes);
        var present = new HashSet<NamedType>(configTypes);
        foreach (var type in configTypes)
        {
            // graphql-js deletes each configured type and re-adds it while collecting its references.
            ordered.Remove(type);
            present.Remove(type);
            Collect(type);
        }

        Collect(query);
        if (mutation is not null)
        {
            Collect(mutation);
        }

        if (subscription is not null)
        {
            Collect(subscription);
        }

        foreach (var directive in _directives)
        {
            foreach (var argument in directive.Arguments)
            {
                Collect(argument.Type);
            }
        }

        Collect(_types["__Schema"]);
        return ordered;

        void Collect(GraphQLType type)
        {
            var named = type.NamedType;
            if (!present.Add(named))
            {
                return;
            }

            ordered.Add(named);
            switch (named)
            {
                case UnionType union:
                    foreach (var member in union.Types)
                    {
                        Collect(member);
                    }

                    break;
                case FieldContainerType container:
                    foreach (var iface in container.Interfaces)
                    {
                        Collect(iface);
                    }

                    foreach (var field in container.Fields)
                    {
                        Collect(field.Type);
                        foreach (var argument in field.Arguments)
                        {
                            Collect(argument.Type);
                        }
                    }

                    break;
                case InputObjectType input:
                    foreach (var field in input.Fields)
                    {
                        Collect(field.Type);
                    }

                    break;
            }
        }
    }
}
