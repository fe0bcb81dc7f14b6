using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DigitalPost.Silo;

/// <summary>Writes a health report as JSON: the overall status and, per check, what is wrong.</summary>
internal static class HealthResponseWriter
{
    public static async Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        // The pipe writer buffers: the serializer's synchronous flushes never block on the socket.
        await using var json = new Utf8JsonWriter(context.Response.BodyWriter);
        json.WriteStartObject();
        json.WriteString("status", report.Status.ToString());
        json.WriteNumber("durationMs", Math.Round(report.TotalDuration.TotalMilliseconds, 1));
        json.WriteStartArray("checks");
        foreach (var (name, entry) in report.Entries)
        {
            json.WriteStartObject();
            json.WriteString("name", name);
            json.WriteString("status", entry.Status.ToString());
            json.WriteString("description", entry.Description);
            if (entry.Data.Count > 0)
            {
                json.WriteStartObject("data");
                foreach (var (key, value) in entry.Data)
                {
                    json.WritePropertyName(key);
                    JsonSerializer.Serialize(json, value, value.GetType());
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(context.RequestAborted);
        await context.Response.BodyWriter.FlushAsync(context.RequestAborted);
    }
}
