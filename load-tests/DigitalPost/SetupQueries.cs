namespace DigitalPost.LoadTests.DigitalPost;

/// <summary>
/// The GraphQL documents the scenarios' set-up uses (contract: <c>src/GraphQLGateway/schema.graphql</c>; fields
/// from the Core, Directory and Administration fragments). One place, so a contract change is one edit.
/// </summary>
public static class SetupQueries
{
    /// <summary>The signed-in authority's directory id and CVR (a MeMo's senderID must be it).</summary>
    public const string AuthorityViewer = """
        query LoadTestAuthority {
          viewer { kind authority { authorityId cvr } }
        }
        """;

    /// <summary>An authority sends one MeMo; variables: <c>memo</c> (the XML text).</summary>
    public const string SendMeMo = """
        mutation LoadTestSendMeMo($memo: String!) {
          sendMeMo(input: { memo: $memo }) {
            delivery { messageUuid outcome receiptStatus reason detail duplicate }
          }
        }
        """;

    /// <summary>A citizen's own mailbox id.</summary>
    public const string OwnMailbox = """
        query LoadTestOwnMailbox {
          viewer { mailbox { id } }
        }
        """;
}
