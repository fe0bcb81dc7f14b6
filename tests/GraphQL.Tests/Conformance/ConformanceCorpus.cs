using System.Text;
using System.Text.Json;

namespace DigitalPost.GraphQL.Tests.Conformance;

/// <summary>
/// The documents of corpus/: each <c>*.graphql</c> file is one document, each <c>*.json</c> file a
/// list of <c>{ name, source }</c> (for edge cases whose exact characters matter).
/// </summary>
public static class ConformanceCorpus
{
    public static IReadOnlyList<CorpusDocument> Load()
    {
        var directory = Path.Combine(ConformanceDirectory.Path, "corpus");
        var documents = new List<CorpusDocument>();
        foreach (var file in Directory.GetFiles(directory).Order(StringComparer.Ordinal))
        {
            var fileName = Path.GetFileName(file);
            if (file.EndsWith(".graphql", StringComparison.Ordinal))
            {
                var bytes = File.ReadAllBytes(file);
                documents.Add(new CorpusDocument(fileName, Encoding.UTF8.GetString(bytes), bytes));
            }
            else if (file.EndsWith(".json", StringComparison.Ordinal))
            {
                using var json = JsonDocument.Parse(File.ReadAllBytes(file));
                foreach (var entry in json.RootElement.EnumerateArray())
                {
                    var source = entry.GetProperty("source").GetString()!;
                    var name = fileName + "#" + entry.GetProperty("name").GetString();
                    documents.Add(new CorpusDocument(name, source, Encoding.UTF8.GetBytes(source)));
                }
            }
        }

        return documents;
    }
}

/// <summary>One corpus document: its name, its text and that text's UTF-8 bytes.</summary>
public sealed record CorpusDocument(string Name, string Source, byte[] Utf8);
