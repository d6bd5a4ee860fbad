using System.Text.Json;
using Reelforge.Server.Api.Contracts;

namespace Reelforge.Server.Tests.Contracts;

public sealed class ApiEnvelopeTests
{
    private static string Json<T>(T value) => JsonSerializer.Serialize(value, ApiJson.Options);

    [Fact]
    public void Success_TaskCreated_IsMptsExactShape()
    {
        Assert.Equal(
            """{"status":200,"message":"success","data":{"task_id":"6c85c8cc-a77a-42b9-bc30-947815aa0558"}}""",
            Json(ApiEnvelope.Success(new TaskCreatedView("6c85c8cc-a77a-42b9-bc30-947815aa0558"))));
    }

    [Fact]
    public void Success_WithoutData_WritesDataNull()
    {
        Assert.Equal("""{"status":200,"message":"success","data":null}""", Json(ApiEnvelope.Success()));
    }

    [Fact]
    public void Success_ScriptAndTerms_UseMptsDataFields()
    {
        Assert.Equal("""{"status":200,"message":"success","data":{"video_script":"春天来了"}}""", Json(ApiEnvelope.Success(new ScriptView("春天来了"))));
        Assert.Equal("""{"status":200,"message":"success","data":{"video_terms":["sky","tree"]}}""", Json(ApiEnvelope.Success(new TermsView(["sky", "tree"]))));
    }

    [Fact]
    public void Error_HasNoDataKey()
    {
        Assert.Equal("""{"status":404,"message":"req-1: task not found"}""", Json(ApiEnvelope.TaskNotFound("req-1")));
    }

    [Fact]
    public void Error_NonErrorStatus_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ApiEnvelope.Error(200, "fine"));
    }

    [Fact]
    public void Invalid_NamesTheFieldInPydanticShape()
    {
        var json = Json(ApiEnvelope.Invalid(new ApiValidationException("bgm_file", "bgm_file must be a file name.")));

        Assert.Equal(
            """{"status":422,"message":"bgm_file must be a file name.","data":[{"loc":["body","bgm_file"],"msg":"bgm_file must be a file name.","type":"value_error"}]}""",
            json);
    }
}
