using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Reelforge.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MediaLibrary : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "library_items",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Path = table.Column<string>(type: "character varying(4096)", maxLength: 4096, nullable: false),
                    Kind = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Width = table.Column<int>(type: "integer", nullable: false),
                    Height = table.Column<int>(type: "integer", nullable: false),
                    DurationSeconds = table.Column<double>(type: "double precision", nullable: true),
                    Codec = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    SizeBytes = table.Column<long>(type: "bigint", nullable: false),
                    ModifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ContentHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    PerceptualHash = table.Column<long>(type: "bigint", nullable: false),
                    DuplicateOfId = table.Column<long>(type: "bigint", nullable: true),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ImportedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_library_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_library_items_library_items_DuplicateOfId",
                        column: x => x.DuplicateOfId,
                        principalTable: "library_items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "library_terms",
                columns: table => new
                {
                    ItemId = table.Column<long>(type: "bigint", nullable: false),
                    Term = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_library_terms", x => new { x.ItemId, x.Term });
                    table.ForeignKey(
                        name: "FK_library_terms_library_items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "library_items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_library_items_ContentHash",
                table: "library_items",
                column: "ContentHash");

            migrationBuilder.CreateIndex(
                name: "IX_library_items_DuplicateOfId",
                table: "library_items",
                column: "DuplicateOfId");

            migrationBuilder.CreateIndex(
                name: "IX_library_items_Path",
                table: "library_items",
                column: "Path",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_library_terms_Term",
                table: "library_terms",
                column: "Term");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "library_terms");

            migrationBuilder.DropTable(
                name: "library_items");
        }
    }
}
