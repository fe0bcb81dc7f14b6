using System.Globalization;
using System.Text.Json;

namespace DigitalPost.GraphQLGateway.MailboxActions.Uploads;

/// <summary>The <c>map</c> field of a GraphQL multipart request and placing files at its paths.</summary>
public static class UploadMap
{
    private const string VariablesPrefix = "variables.";

    /// <summary>Parses <c>{"0": ["variables.file"], ...}</c>; returns what is wrong, or null.</summary>
    public static string? Parse(byte[] json, out Dictionary<string, IReadOnlyList<string>>? map)
    {
        map = null;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 4 });
        }
        catch (JsonException)
        {
            return "the 'map' field is not valid JSON";
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return "the 'map' field must be a JSON object of file part names to arrays of paths";
            }

            var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            foreach (var entry in document.RootElement.EnumerateObject())
            {
                if (entry.Value.ValueKind != JsonValueKind.Array || entry.Value.GetArrayLength() == 0)
                {
                    return $"the 'map' entry '{entry.Name}' must be a non-empty array of paths";
                }

                var paths = new List<string>();
                foreach (var path in entry.Value.EnumerateArray())
                {
                    if (path.ValueKind != JsonValueKind.String || string.IsNullOrEmpty(path.GetString()))
                    {
                        return $"the 'map' entry '{entry.Name}' must hold path strings";
                    }

                    paths.Add(path.GetString()!);
                }

                if (!result.TryAdd(entry.Name, paths))
                {
                    return $"the 'map' names the file part '{entry.Name}' twice";
                }
            }

            map = result;
            return null;
        }
    }

    /// <summary>
    /// Puts <paramref name="file"/> at <paramref name="path"/> (<c>variables.&lt;name&gt;[.&lt;key or index&gt;]*</c>)
    /// inside the variables, where the operations must hold <c>null</c>. Returns what is wrong, or null.
    /// </summary>
    public static string? Place(Dictionary<string, object?> variables, string path, object file)
    {
        if (!path.StartsWith(VariablesPrefix, StringComparison.Ordinal))
        {
            return $"the path '{path}' in 'map' must start with 'variables.' (batched operations are not supported)";
        }

        var segments = path[VariablesPrefix.Length..].Split('.');
        object? container = variables;
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            var last = i == segments.Length - 1;
            switch (container)
            {
                case Dictionary<string, object?> map when map.TryGetValue(segment, out var value):
                    if (last)
                    {
                        if (value is not null)
                        {
                            return $"the path '{path}' in 'map' must point at a null placeholder";
                        }

                        map[segment] = file;
                        return null;
                    }

                    container = value;
                    break;
                case object?[] list when int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < list.Length:
                    if (last)
                    {
                        if (list[index] is not null)
                        {
                            return $"the path '{path}' in 'map' must point at a null placeholder";
                        }

                        list[index] = file;
                        return null;
                    }

                    container = list[index];
                    break;
                default:
                    return $"the path '{path}' in 'map' does not exist in the operation's variables";
            }
        }

        return $"the path '{path}' in 'map' does not exist in the operation's variables";
    }
}
