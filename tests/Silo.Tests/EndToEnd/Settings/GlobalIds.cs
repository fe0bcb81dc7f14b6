using System.Buffers.Text;
using System.Text;

namespace DigitalPost.Silo.Tests.EndToEnd.Settings;

/// <summary>
/// Global ids as a client would build them from the documented form (base64url of <c>&lt;Type&gt;:&lt;key&gt;</c>), so the
/// tests do not depend on the gateway assembly's helpers to reach objects they did not list first.
/// </summary>
internal static class GlobalIds
{
    public static string Encode(string type, string key) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(type + ":" + key));
}
