using System.Text;
using DigitalPost.Grains.Interfaces.Identity;
using DigitalPost.GraphQLGateway.Core;
using DigitalPost.GraphQLGateway.Localization;

namespace DigitalPost.GraphQLGateway.Tests.Core;

public sealed class GlobalIdTests
{
    private static readonly MailboxId Citizen = MailboxId.Parse("cpr:0101901234");
    private static readonly Guid Uuid = Guid.Parse("5f0c7b1e-9a51-4c47-8a51-2f6d9c3e0a11");

    [Fact]
    public void Ids_are_base64url_of_type_and_key_without_padding()
    {
        var id = GlobalId.Message(Citizen, Uuid);

        Assert.DoesNotContain('=', id);
        Assert.DoesNotContain('+', id);
        Assert.DoesNotContain('/', id);
        Assert.True(GlobalId.TryDecode(id, out var type, out var key));
        Assert.Equal("Message", type);
        Assert.Equal("cpr:0101901234/5f0c7b1e-9a51-4c47-8a51-2f6d9c3e0a11", key);
    }

    [Fact]
    public async Task Every_kind_of_id_parses_back_to_what_it_was_made_of()
    {
        using var harness = new CoreHarness();
        var business = MailboxId.Parse("cvr:12345678");
        var authority = AuthorityId.Parse("aalborg-kommune");
        var grant = Guid.NewGuid();

        var result = await harness.RunAsync(Viewers.Citizen(), context =>
        {
            Assert.Equal(business, GlobalId.ParseMailbox(context, GlobalId.Mailbox(business)));
            Assert.Equal((Citizen, Uuid), GlobalId.ParseMessage(context, GlobalId.Message(Citizen, Uuid)));
            Assert.Equal((Citizen, "f12"), GlobalId.ParseFolder(context, GlobalId.Folder(Citizen, "f12")));
            Assert.Equal((business, grant), GlobalId.ParseGrant(context, GlobalId.Grant(business, grant)));
            Assert.Equal(authority, GlobalId.ParseAuthority(context, GlobalId.Authority(authority)));
            Assert.Equal(Uuid, GlobalId.ParseUpload(context, GlobalId.Upload(Uuid)));
            Assert.Equal(Uuid, GlobalId.ParseMassSendJob(context, GlobalId.MassSendJob(Uuid)));
            return ValueTask.FromResult<object?>("ok");
        });

        Assert.Null(CoreHarness.FirstErrorCode(result));
        Assert.Equal("ok", result.GetProperty("data").GetProperty("a").GetString());
    }

    public static TheoryData<string> NotOurIds() => new()
    {
        string.Empty,
        "not base64 !",
        Convert.ToBase64String(Encoding.UTF8.GetBytes("Mailbox:cpr:0101901234")),          // padded standard alphabet
        Base64(":cpr:0101901234"),
        Base64("Mailbox"),
        Base64("Mailbox:"),
        new string('A', GlobalId.MaxIdLength + 4),
    };

    [Theory]
    [MemberData(nameof(NotOurIds))]
    public void Malformed_ids_do_not_decode(string id) => Assert.False(GlobalId.TryDecode(id, out _, out _));

    public static TheoryData<string> WrongIds() => new()
    {
        GlobalId.Message(Citizen, Uuid),                                  // another type
        Base64("Mailbox:cpr:01019012"),                                   // not a CPR
        Base64("Mailbox:0101901234"),                                     // no kind prefix
        "garbage",
    };

    [Theory]
    [MemberData(nameof(WrongIds))]
    public async Task A_wrong_id_is_the_same_error_as_a_hidden_object(string id)
    {
        using var harness = new CoreHarness();

        var result = await harness.RunAsync(Viewers.Citizen(), context => ValueTask.FromResult<object?>(GlobalId.ParseMailbox(context, id).Value));

        Assert.Equal(GatewayErrorCodes.NotFound, CoreHarness.FirstErrorCode(result));
    }

    [Fact]
    public async Task A_message_id_with_an_uppercase_or_braced_uuid_is_not_accepted()
    {
        using var harness = new CoreHarness();
        var upper = Base64("Message:cpr:0101901234/" + Uuid.ToString("D").ToUpperInvariant());
        var braced = Base64("Message:cpr:0101901234/" + Uuid.ToString("B"));

        var first = await harness.RunAsync(Viewers.Citizen(), context => ValueTask.FromResult<object?>(GlobalId.ParseMessage(context, upper).MessageUuid.ToString()));
        var second = await harness.RunAsync(Viewers.Citizen(), context => ValueTask.FromResult<object?>(GlobalId.ParseMessage(context, braced).MessageUuid.ToString()));

        Assert.Equal(GatewayErrorCodes.NotFound, CoreHarness.FirstErrorCode(first));
        Assert.Equal(GatewayErrorCodes.NotFound, CoreHarness.FirstErrorCode(second));
    }

    [Fact]
    public void A_folder_id_keeps_everything_after_the_mailbox()
    {
        Assert.True(GlobalId.TryDecode(GlobalId.Folder(Citizen, "inbox"), out _, out var key));
        Assert.True(GlobalId.TrySplitChildKey(key, out var mailbox, out var folder));
        Assert.Equal(Citizen, mailbox);
        Assert.Equal("inbox", folder);
    }

    private static string Base64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
