using System.Text.Json.Nodes;
using DigitalPost.GraphQL.Language;
using DigitalPost.GraphQL.Tests.Conformance;

namespace DigitalPost.GraphQL.Tests.Language.Walking;

public sealed class SyntaxWalkerTests
{
    [Fact]
    public void Walker_visits_every_node_of_every_corpus_document_once_in_source_order()
    {
        var walked = 0;
        foreach (var document in ConformanceCorpus.Load())
        {
            DocumentNode parsed;
            try
            {
                parsed = Parser.Parse(document.Utf8);
            }
            catch (GraphQLSyntaxException)
            {
                continue;
            }

            var recorder = new Recorder();
            recorder.Walk(parsed);
            Assert.Equal(CountNodes(GraphQLJsAst.ToJson(parsed)), recorder.Entered.Count);
            Assert.Equal(recorder.Entered.Count, recorder.Left.Count);
            Assert.Same(parsed, recorder.Left[^1]);

            // Nodes are entered in the order they start in the source (children after their parent).
            var starts = recorder.Entered.Select(n => n.Location.Start).ToList();
            Assert.Equal(starts.Order(), starts);
            walked++;
        }

        Assert.True(walked > 150);
    }

    [Fact]
    public void Returning_false_from_enter_skips_the_subtree()
    {
        var recorder = new Recorder { Skip = SyntaxKind.SelectionSet };
        recorder.Walk(Parser.Parse("query Q { a { b } }"));
        Assert.DoesNotContain(recorder.Entered, n => n.Kind == SyntaxKind.Field);
        Assert.DoesNotContain(recorder.Left, n => n.Kind == SyntaxKind.SelectionSet);
    }

    private static int CountNodes(JsonNode? json) => json switch
    {
        JsonObject obj => (obj.ContainsKey("kind") ? 1 : 0) + obj.Sum(p => CountNodes(p.Value)),
        JsonArray array => array.Sum(CountNodes),
        _ => 0,
    };

    private sealed class Recorder : SyntaxWalker
    {
        public List<SyntaxNode> Entered { get; } = [];

        public List<SyntaxNode> Left { get; } = [];

        public SyntaxKind? Skip { get; init; }

        protected override bool Enter(SyntaxNode node)
        {
            Entered.Add(node);
            return node.Kind != Skip;
        }

        protected override void Leave(SyntaxNode node) => Left.Add(node);
    }
}
