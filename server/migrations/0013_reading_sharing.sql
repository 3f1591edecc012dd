CREATE TABLE "bases_reading_books" (
	"id" serial PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"author" text NOT NULL,
	"isbn" text,
	"publisher" text DEFAULT '' NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"cover_key" text,
	"status" text DEFAULT 'active' NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bases_reading_books_isbn_ck" CHECK ("bases_reading_books"."isbn" IS NULL OR "bases_reading_books"."isbn" ~ '^97[89][0-9]{10}$')
);
--> statement-breakpoint
CREATE TABLE "bases_reading_comments" (
	"id" serial PRIMARY KEY NOT NULL,
	"note_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"body" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"decided_by" integer,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bases_reading_likes" (
	"note_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bases_reading_likes_note_id_person_id_pk" PRIMARY KEY("note_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "bases_reading_notes" (
	"id" serial PRIMARY KEY NOT NULL,
	"book_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"org_id" integer NOT NULL,
	"org_path" text NOT NULL,
	"kind" text NOT NULL,
	"body" text NOT NULL,
	"location" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'published' NOT NULL,
	"hidden_by" integer,
	"hidden_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bases_reading_session_books" (
	"activity_id" integer NOT NULL,
	"book_id" integer NOT NULL,
	CONSTRAINT "bases_reading_session_books_activity_id_book_id_pk" PRIMARY KEY("activity_id","book_id")
);
--> statement-breakpoint
ALTER TABLE "bases_reading_comments" ADD CONSTRAINT "bases_reading_comments_note_id_bases_reading_notes_id_fk" FOREIGN KEY ("note_id") REFERENCES "public"."bases_reading_notes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bases_reading_likes" ADD CONSTRAINT "bases_reading_likes_note_id_bases_reading_notes_id_fk" FOREIGN KEY ("note_id") REFERENCES "public"."bases_reading_notes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bases_reading_notes" ADD CONSTRAINT "bases_reading_notes_book_id_bases_reading_books_id_fk" FOREIGN KEY ("book_id") REFERENCES "public"."bases_reading_books"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bases_reading_session_books" ADD CONSTRAINT "bases_reading_session_books_book_id_bases_reading_books_id_fk" FOREIGN KEY ("book_id") REFERENCES "public"."bases_reading_books"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "bases_reading_books_org_path_idx" ON "bases_reading_books" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "bases_reading_books_isbn_uq" ON "bases_reading_books" USING btree ("org_id","isbn") WHERE "bases_reading_books"."isbn" IS NOT NULL AND "bases_reading_books"."status" = 'active';--> statement-breakpoint
CREATE INDEX "bases_reading_comments_note_idx" ON "bases_reading_comments" USING btree ("note_id","status");--> statement-breakpoint
CREATE INDEX "bases_reading_notes_book_idx" ON "bases_reading_notes" USING btree ("book_id","created_at");--> statement-breakpoint
CREATE INDEX "bases_reading_notes_person_idx" ON "bases_reading_notes" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "bases_reading_notes_org_path_idx" ON "bases_reading_notes" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "bases_reading_session_books_book_idx" ON "bases_reading_session_books" USING btree ("book_id");