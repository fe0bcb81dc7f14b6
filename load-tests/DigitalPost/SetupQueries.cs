namespace DigitalPost.LoadTests.DigitalPost;

/// <summary>
/// The GraphQL documents the scenarios' set-up uses (contract: <c>src/GraphQLGateway/schema.graphql</c>; fields
/// from the Core, Directory and Administration fragments). One place, so a contract change is one edit.
/// </summary>
public static class SetupQueries
{
    /// <summary>
    /// An authority's CVR (a MeMo's senderID must be the signed-in authority's) from the directory search; variables:
    /// <c>search</c> (the id's words). The caller picks the node whose <c>authorityId</c> is the one wanted.
    /// </summary>
    public const string AuthorityByDirectoryId = """
        query LoadTestAuthority($search: String!) {
          authorities(search: $search, first: 20) { nodes { authorityId cvr } }
        }
        """;

    /// <summary>An authority sends one MeMo; variables: <c>memo</c> (the XML text).</summary>
    public const string SendMeMo = """
        mutation LoadTestSendMeMo($memo: String!) {
          sendMeMo(input: { memo: $memo }) {
            delivery { messageUuid outcome reason detail duplicate }
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
